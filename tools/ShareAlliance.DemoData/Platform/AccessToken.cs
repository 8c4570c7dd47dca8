using System.Buffers.Text;
using System.Text.Json;

namespace ShareAlliance.DemoData.Platform;

/// <summary>Reads what an access token says (its signature is the APIs' business, not the client's).</summary>
public static class AccessToken
{
    /// <summary>The <c>org</c> claim: "association:{id}", "funder:{id}"… (one value is a string, several an array).</summary>
    public static IReadOnlyList<string> Organisations(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return [];
        }

        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        return payload.RootElement.TryGetProperty("org", out var org) ? org.ValueKind switch
        {
            JsonValueKind.String => [org.GetString()!],
            JsonValueKind.Array => [.. org.EnumerateArray().Select(o => o.GetString()!)],
            _ => [],
        } : [];
    }

    public static bool ActsFor(string jwt, string kind, Guid organisationId) =>
        Organisations(jwt).Contains($"{kind}:{organisationId}", StringComparer.OrdinalIgnoreCase);
}
