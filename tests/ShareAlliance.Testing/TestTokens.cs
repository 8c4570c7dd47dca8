using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Testing;

/// <summary>Who a slice test acts as: the claims an access token from the identity service would carry.</summary>
public sealed record TestUser(Guid Id, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations)
{
    public static TestUser AssociationMember(Guid associationId) =>
        new(Guid.NewGuid(), [ServiceDefaults.Security.Roles.AssociationMember], [$"{OrganisationKinds.Association}:{associationId}"]);

    public static TestUser Coordinator() => new(Guid.NewGuid(), [ServiceDefaults.Security.Roles.Coordinator], []);

    public static TestUser Volunteer() => new(Guid.NewGuid(), [ServiceDefaults.Security.Roles.Volunteer], []);
}

/// <summary>
/// Access tokens for slice tests, signed by a key the service under test is told to trust (<see cref="ServiceFactory{TProgram}"/>).
/// Issuer, audience, lifetime and signature are still validated by the service: the helpers below break each one.
/// End-to-end tests get real tokens from the identity service instead.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://identity.test/";

    public static SecurityKey SigningKey { get; } = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-signing-key" };

    private static readonly SecurityKey OtherKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-signing-key" };

    public static string For(TestUser user) => Create(user, SecurityExtensions.DefaultAudience, DateTime.UtcNow.AddMinutes(10), SigningKey);

    public static string Expired(TestUser user) => Create(user, SecurityExtensions.DefaultAudience, DateTime.UtcNow.AddMinutes(-5), SigningKey);

    public static string ForAnotherAudience(TestUser user) => Create(user, "another-api", DateTime.UtcNow.AddMinutes(10), SigningKey);

    public static string SignedByAnotherKey(TestUser user) => Create(user, SecurityExtensions.DefaultAudience, DateTime.UtcNow.AddMinutes(10), OtherKey);

    /// <summary>A valid token whose payload was edited afterwards (here: a role added), so its signature no longer matches.</summary>
    public static string Tampered(TestUser user)
    {
        var parts = For(user).Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"role\":", "\"role\":[\"coordinator\"],\"x\":", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    public static HttpClient As(this HttpClient client, TestUser user) => client.WithToken(For(user));

    public static HttpClient WithToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Create(TestUser user, string audience, DateTime expires, SecurityKey key) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = expires.AddMinutes(-15),
            NotBefore = expires.AddMinutes(-15),
            Expires = expires,
            Claims = new Dictionary<string, object>
            {
                [ClaimNames.Subject] = user.Id.ToString(),
                [ClaimNames.Role] = user.Roles.ToArray(),
                [ClaimNames.Organisation] = user.Organisations.ToArray(),
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
}
