using System.Security.Claims;
using System.Security.Cryptography;
using DeliveryTracker.Contracts.Accounts;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// A stand-in identity provider for single sign-on: an RSA key made for this test run, and signed tokens with the
/// claims Entra ID puts in an access token (<c>roles</c>, <c>preferred_username</c>, <c>email</c>). The API is
/// configured to trust this key and issuer (<see cref="TrackerApiFactory"/>), as it would trust Entra's.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://login.test.invalid/tenant/v2.0";

    public const string Audience = "api://delivery-tracker-tests";

    public static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "test-key" };

    /// <summary>A token for <paramref name="email"/> with <paramref name="roles"/>, valid for an hour unless told otherwise.</summary>
    public static string For(string email, IEnumerable<Role> roles, SecurityKey? signingKey = null, string issuer = Issuer, string audience = Audience, DateTime? expires = null, IEnumerable<string>? rawRoles = null, IReadOnlyDictionary<string, object>? extraClaims = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = Guid.NewGuid().ToString(),
            ["preferred_username"] = email,
            ["email"] = email,
            ["name"] = email.Split('@')[0],
            ["roles"] = (rawRoles ?? roles.Select(r => r.ToString())).ToArray(),
        };
        foreach (var (type, value) in extraClaims ?? new Dictionary<string, object>())
        {
            claims[type] = value;
        }

        var notBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(signingKey ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public static string For(Role role) => For($"{role.ToString().ToLowerInvariant()}@tests.example", [role]);
}
