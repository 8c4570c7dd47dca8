using System.Text;

namespace ShareAlliance.ReferenceData;

public enum IdentifierProblem
{
    None,
    Empty,
    Format,
    CheckDigit,
}

/// <summary>The outcome of checking an identifier; <c>Value</c> is the normalised form to store.</summary>
public sealed record IdentifierCheck(string Value, IdentifierProblem Problem)
{
    public bool IsValid => Problem == IdentifierProblem.None;
}

/// <summary>
/// Format and check-digit rules for the identifiers of DOMAIN.md. They say nothing of existence: that is the
/// registry lookup's job, behind its port.
/// </summary>
public static class FrenchIdentifiers
{
    public const string LaPosteSiren = "356000000";

    // La Poste's establishments share one SIREN, too many for the 5-digit NIC to keep a Luhn key: INSEE gives them
    // a digit sum that is a multiple of 5 instead. The head office alone keeps the ordinary Luhn key.
    public const string LaPosteHeadOfficeSiret = "35600000000048";

    /// <summary>Removes the spaces users type ("732 829 320 00074"), including non-breaking ones, and upper-cases.</summary>
    public static string Normalise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var normalised = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                normalised.Append(char.ToUpperInvariant(c));
            }
        }

        return normalised.ToString();
    }

    /// <summary>
    /// RNA: "W" and 9 digits, no check digit. Associations of Alsace-Moselle have none (local law); their absence
    /// of RNA calls for a manual review, never for this check.
    /// </summary>
    public static IdentifierCheck CheckRna(string? value)
    {
        var rna = Normalise(value);
        if (rna.Length == 0)
        {
            return new(rna, IdentifierProblem.Empty);
        }

        return rna.Length == 10 && rna[0] == 'W' && AllDigits(rna.AsSpan(1))
            ? new(rna, IdentifierProblem.None)
            : new(rna, IdentifierProblem.Format);
    }

    /// <summary>SIREN: 9 digits with a Luhn key.</summary>
    public static IdentifierCheck CheckSiren(string? value)
    {
        var siren = Normalise(value);
        if (siren.Length == 0)
        {
            return new(siren, IdentifierProblem.Empty);
        }

        if (siren.Length != 9 || !AllDigits(siren))
        {
            return new(siren, IdentifierProblem.Format);
        }

        return new(siren, PassesLuhn(siren) && !AllZeros(siren) ? IdentifierProblem.None : IdentifierProblem.CheckDigit);
    }

    /// <summary>SIRET: 14 digits (SIREN and NIC) with a Luhn key over all 14, La Poste excepted.</summary>
    public static IdentifierCheck CheckSiret(string? value)
    {
        var siret = Normalise(value);
        if (siret.Length == 0)
        {
            return new(siret, IdentifierProblem.Empty);
        }

        if (siret.Length != 14 || !AllDigits(siret))
        {
            return new(siret, IdentifierProblem.Format);
        }

        var valid = siret.StartsWith(LaPosteSiren, StringComparison.Ordinal) && siret != LaPosteHeadOfficeSiret
            ? DigitSum(siret) % 5 == 0
            : PassesLuhn(siret) && !AllZeros(siret);
        return new(siret, valid ? IdentifierProblem.None : IdentifierProblem.CheckDigit);
    }

    public static bool IsValidRna(string? value) => CheckRna(value).IsValid;

    public static bool IsValidSiren(string? value) => CheckSiren(value).IsValid;

    public static bool IsValidSiret(string? value) => CheckSiret(value).IsValid;

    private static bool AllDigits(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // Luhn accepts all zeros, which INSEE never issues.
    private static bool AllZeros(string digits) => digits.All(c => c == '0');

    private static int DigitSum(string digits) => digits.Sum(c => c - '0');

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
