using System.Security.Cryptography;
using System.Text;

namespace DeliveryTracker.Api.Features.ApiKeys;

/// <summary>
/// The shape of a key: <c>dtk_</c>, 8 hex digits that find its row, <c>_</c>, then 43 base64url characters of
/// secret (32 random bytes), e.g. <c>dtk_3f9a1c0b_Jm…</c>. Only the SHA-256 of the whole string is stored.
/// </summary>
public static class ApiKeySecret
{
    private const string Marker = "dtk_";
    private const int PrefixLength = 12; // "dtk_" + 8 hex digits
    private const int SecretLength = 43;

    public const int KeyLength = PrefixLength + 1 + SecretLength;

    public static (string Key, string Prefix, byte[] Hash) Create()
    {
        var prefix = Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var key = $"{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        return (key, prefix, Hash(key));
    }

    /// <summary>The prefix of a well-formed key; null for anything else, which is then refused without a database query.</summary>
    public static string? PrefixOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != KeyLength || !key.StartsWith(Marker, StringComparison.Ordinal) || key[PrefixLength] != '_')
        {
            return null;
        }

        var prefix = key[..PrefixLength];
        return prefix[Marker.Length..].All(char.IsAsciiHexDigitLower) ? prefix : null;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
