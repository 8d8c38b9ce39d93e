using System.Net;
using System.Net.Sockets;
using DeliveryTracker.Api.Infrastructure.Errors;

namespace DeliveryTracker.Api.Features.Webhooks;

/// <summary>
/// Server-side request forgery guard for webhook URLs: the service will POST to them, so they must not point inside
/// the network it runs in. Only absolute https URLs (http too when private networks are allowed) whose host is, or
/// resolves only to, public addresses: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
/// (169.254/16 — cloud metadata lives at 169.254.169.254 — and fe80::/10), carrier-grade NAT, unspecified,
/// multicast and broadcast addresses are refused. <c>Webhooks:AllowPrivateNetworks</c> = true lifts the address rule
/// for councils whose receivers are on their own network.
/// </summary>
/// <remarks>
/// A name can resolve differently later (DNS rebinding), so delivery must check the address it connects to with
/// <see cref="IsPublic"/> again; this check at subscription time gives the administrator a clear answer early.
/// </remarks>
public sealed class WebhookUrlPolicy(IConfiguration configuration)
{
    private readonly bool _allowPrivate = configuration.GetValue("Webhooks:AllowPrivateNetworks", false);

    /// <exception cref="RequestValidationException">The URL is not allowed, naming <c>url</c> and why.</exception>
    public async Task<Uri> EnsureAllowedAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw Refused("The URL must be an absolute https URL.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !_allowPrivate)
        {
            throw Refused("The URL must use https.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw Refused("The URL must not carry a user name or password; the deliveries are signed instead.");
        }

        if (_allowPrivate)
        {
            return uri;
        }

        var addresses = await AddressesAsync(uri, cancellationToken);
        var blocked = addresses.FirstOrDefault(a => !IsPublic(a));
        if (blocked is not null)
        {
            throw Refused($"The URL's host {uri.IdnHost} is at {blocked}, which is not a public internet address (loopback, private, link-local and similar addresses are refused).");
        }

        return uri;
    }

    /// <summary>True for addresses on the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal || (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8));
        }

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => false,
            100 when b[1] >= 64 && b[1] <= 127 => false, // carrier-grade NAT
            169 when b[1] == 254 => false,               // link-local, cloud metadata
            172 when b[1] >= 16 && b[1] <= 31 => false,
            192 when b[1] == 168 => false,
            192 when b[1] == 0 && b[2] == 0 => false,    // IETF protocol assignments
            198 when b[1] == 18 || b[1] == 19 => false,  // benchmarking
            >= 224 => false,                             // multicast and reserved
            _ => true,
        };
    }

    private static async Task<IPAddress[]> AddressesAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal))
        {
            return [literal];
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken);
            return addresses.Length > 0 ? addresses : throw Refused($"The URL's host {uri.IdnHost} does not resolve.");
        }
        catch (SocketException)
        {
            throw Refused($"The URL's host {uri.IdnHost} does not resolve.");
        }
    }

    private static RequestValidationException Refused(string message) => new("url", message);
}
