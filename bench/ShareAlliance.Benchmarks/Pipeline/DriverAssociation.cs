using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Pipeline;

/// <summary>
/// Who the driver acts as: a member of a verified association, set up the way a person would (ARCHITECTURE §1): sign in to
/// Identity, register the association in Needs, get a token that names it once Identity heard of it, have a coordinator
/// verify it. Only a verified association may publish.
/// </summary>
internal sealed record DriverAssociation(Guid AssociationId, string MemberToken)
{
    public static async Task<DriverAssociation> CreateAsync(PipelinePlatform platform, CancellationToken cancellationToken)
    {
        var (_, email, token) = await platform.Accounts.SignedInAsync("association_member", cancellationToken);
        using var member = Client(platform.Needs, token);
        var registered = await member.PostAsJsonAsync("/associations", new
        {
            name = "Banc d'essai du réseau solidaire",
            rna = "W751234567",
            causes = (string[])["digital-inclusion"],
            departement = "75",
            city = "Paris",
            size = "Small",
        }, cancellationToken);
        var associationId = (await Ensure(registered, cancellationToken)).GetProperty("id").GetGuid();

        var ownerToken = await Eventually.GetAsync(
            async () => await platform.Accounts.AccessTokenAsync(email, cancellationToken) is var t && Claims(t).Contains(associationId.ToString(), StringComparison.Ordinal) ? t : null,
            TimeSpan.FromSeconds(30), "Identity to make the driver the association's owner");
        using var coordinator = Client(platform.Needs, await platform.Accounts.CoordinatorTokenAsync(cancellationToken));
        await Ensure(await coordinator.PostAsync($"/associations/{associationId}/verify", null, cancellationToken), cancellationToken);
        return new DriverAssociation(associationId, ownerToken);
    }

    private static HttpClient Client(ServiceProcess service, string token)
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> Ensure(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.Clone()
            : throw new InvalidOperationException($"Setting up the driver's association: {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
    }

    private static string Claims(string jwt) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(jwt.Split('.')[1]));
}
