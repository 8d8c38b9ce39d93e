using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace DeliveryTracker.Api.Features.UpdateLinks;

/// <summary>
/// The token in an update link: the link's id, signed and encrypted with ASP.NET Core data protection (keys in the
/// database, so every instance reads every token) under a purpose of its own, so nothing secret is stored and a value
/// protected for another purpose (a webhook secret, a cookie) never reads as a link. Expiry and revocation live in the
/// link's row, checked on every use.
/// </summary>
public sealed class UpdateLinkToken(IDataProtectionProvider dataProtection)
{
    /// <summary>The data-protection purpose: changing it invalidates every link sent.</summary>
    public const string Purpose = "DeliveryTracker.UpdateLinks.Token.v1";

    /// <summary>Longer than any token this issues (a protected 16-byte id is about 110 characters); longer input is refused unread.</summary>
    public const int MaxLength = 400;

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public string For(Guid linkId) => WebEncoders.Base64UrlEncode(_protector.Protect(linkId.ToByteArray()));

    /// <summary>The link id the token carries; null when it is not a token this service issued (tampered, cut short, another purpose).</summary>
    public Guid? Read(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return null;
        }

        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception ex) when (ex is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
