using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ShareAlliance.ServiceDefaults.Http;

/// <summary>Versioned resources: reads send <c>ETag: "version"</c>, writes send it back in <c>If-Match</c>.</summary>
public static class ETags
{
    /// <summary>The strong ETag of a stream or document version.</summary>
    public static string For(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Sets the response's ETag header to the given version.</summary>
    public static void SetETag(this HttpResponse response, long version) => response.Headers.ETag = For(version);

    /// <summary>The version named by If-Match; null when absent or not one of our ETags (then the write is not conditional).</summary>
    public static long? IfMatchVersion(this HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Length > 2 && value[0] == '"' && value[^1] == '"'
            && long.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }
}
