using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Identity;
using ShareAlliance.Identity.Data;

namespace ShareAlliance.Identity.Passwords;

/// <summary>
/// Refuses the passwords attackers try first (NIST SP 800-63B §3.1.1.2): well-known ones and their "Word2024!" variants,
/// keyboard or alphabet runs, repetitions, and the service's name or the user's own e-mail. Length is Identity's rule.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    public const string Code = "PasswordTooCommon";

    private static readonly FrozenSet<string> Weak = Load();
    private static readonly string[] Runs = ["abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "01234567890123456789"];
    private static readonly string[] ContextWords = ["sharealliance", "share alliance", "alliance"];

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        if (string.IsNullOrEmpty(password) || !IsWeak(password, user.Email))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = Code,
            Description = "This password is among the first that attackers try. A few unrelated words make a strong one.",
        }));
    }

    public static bool IsWeak(string password, string? email)
    {
        var lower = password.ToLowerInvariant();
        if (Weak.Contains(lower) || lower.Distinct().Count() < 5)
        {
            return true;
        }

        // "P@ssw0rd2024!" is "password" with decorations: drop what surrounds the word, undo the substitutions inside it.
        var word = new string([.. TrimToLetters(lower).Select(Unleet).Where(char.IsLetter)]);
        var letters = new string([.. lower.Where(char.IsLetter)]);
        if (Weak.Contains(word) || Weak.Contains(letters))
        {
            return true;
        }

        var compact = new string([.. lower.Where(char.IsLetterOrDigit)]);
        if (compact.Length >= 4 && Runs.Any(r => r.Contains(compact, StringComparison.Ordinal) || Reverse(r).Contains(compact, StringComparison.Ordinal)))
        {
            return true;
        }

        var localPart = email?.Split('@')[0].ToLowerInvariant();
        return ContextWords.Any(w => lower.Contains(w, StringComparison.Ordinal))
            || (localPart is { Length: >= 4 } && lower.Contains(localPart, StringComparison.Ordinal));
    }

    private static string TrimToLetters(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && !char.IsLetter(s[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    private static char Unleet(char c) => c switch
    {
        '0' => 'o',
        '1' or '!' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        _ => c,
    };

    private static string Reverse(string s) => new([.. s.Reverse()]);

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ShareAlliance.Identity.Passwords.weak-passwords.txt")
            ?? throw new InvalidOperationException("The weak password list is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
