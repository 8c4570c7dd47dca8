using System.Globalization;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.DemoData.Plan;

/// <summary>
/// Identifiers shaped like real ones and valid for <see cref="FrenchIdentifiers"/>: an RNA starts with the code of the
/// prefecture's registry (the département), a SIREN or SIRET gets the Luhn key that makes it pass.
/// </summary>
public static class Identifiers
{
    public static string Rna(Random random, string departement)
    {
        // W + 3 digits of the registry + 6: "W751…" for Paris, "W971…" overseas; Corsica files under 20.
        var registry = departement.Length == 3 ? departement : (departement.StartsWith('2') && !char.IsAsciiDigit(departement[1]) ? "20" : departement) + random.Next(10);
        return $"W{registry}{Digits(random, 6)}";
    }

    /// <summary>Associations that employ or receive public money get their SIREN in the 3xx to 8xx ranges.</summary>
    public static string Siren(Random random)
    {
        string body;
        do
        {
            body = random.Next(3, 9).ToString(CultureInfo.InvariantCulture) + Digits(random, 7);
        }
        while (body.StartsWith("3560000", StringComparison.Ordinal));

        return WithKey(body, FrenchIdentifiers.IsValidSiren);
    }

    /// <summary>The SIREN and an establishment number (NIC) such as 00012 or 00034, keyed for the Luhn check over 14 digits.</summary>
    public static string Siret(Random random, string siren) =>
        WithKey($"{siren}000{random.Next(1, 6)}", FrenchIdentifiers.IsValidSiret);

    private static string WithKey(string body, Func<string, bool> isValid)
    {
        for (var key = 0; key <= 9; key++)
        {
            var candidate = body + key.ToString(CultureInfo.InvariantCulture);
            if (isValid(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No Luhn key makes {body} valid.");
    }

    private static string Digits(Random random, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
}
