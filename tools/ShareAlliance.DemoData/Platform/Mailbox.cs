using System.Diagnostics;

namespace ShareAlliance.DemoData.Platform;

/// <summary>A message of identity's development mailer: its headers carry what a person would click.</summary>
public sealed record MailMessage(string File, string To, string Purpose, Guid? UserId, string? Token);

/// <summary>
/// The development mailbox folder (identity's Identity__Mailbox), read as a person running ./run.sh reads it. Each file
/// is parsed once; a file still being written (no complete header block yet) is read again on the next look.
/// </summary>
public sealed class Mailbox(string folder)
{
    public const string ConfirmEmail = "confirm-email";
    public const string AlreadyRegistered = "already-registered";

    private readonly Lock gate = new();
    private readonly Dictionary<string, MailMessage> read = new(StringComparer.Ordinal);

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The files of messages to <paramref name="to"/> so far.</summary>
    public IReadOnlySet<string> FilesFor(string to)
    {
        lock (gate)
        {
            Refresh();
            return read.Values.Where(m => string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase)).Select(m => m.File).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>The first message to <paramref name="to"/> that is not among <paramref name="before"/>, as soon as it is written.</summary>
    public async Task<MailMessage> NextAsync(string to, IReadOnlySet<string> before, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            lock (gate)
            {
                Refresh();
                var next = read.Values
                    .Where(m => string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase) && !before.Contains(m.File))
                    .OrderBy(m => m.File, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (next is not null)
                {
                    return next;
                }
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new ApiException(
                    $"No mail for {to} arrived in {Folder} within {timeout.TotalSeconds:0} s: is it the folder identity writes to (Identity__Mailbox)?");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private void Refresh()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Folder, "*.eml"))
        {
            if (!read.ContainsKey(file) && Parse(file) is { } message)
            {
                read[file] = message;
            }
        }
    }

    private static MailMessage? Parse(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (IOException)
        {
            return null;
        }

        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var headers = text[..end].Split('\n')
            .Select(line => line.TrimEnd('\r').Split(": ", 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.OrdinalIgnoreCase);
        if (!headers.TryGetValue("To", out var to) || !headers.TryGetValue("X-ShareAlliance-Purpose", out var purpose))
        {
            return null;
        }

        return new MailMessage(
            file, to, purpose,
            headers.TryGetValue("X-ShareAlliance-User", out var user) && Guid.TryParse(user, out var userId) ? userId : null,
            headers.GetValueOrDefault("X-ShareAlliance-Token"));
    }
}
