using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace DeliveryTracker.Api.Infrastructure.Hardening;

/// <summary>
/// Behind a load balancer every request comes from the balancer's address, so per-address limits (sign-in attempts)
/// would throttle everyone together and the security log would name the balancer. <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed only from the proxies configured in <c>ReverseProxy:KnownProxies</c>
/// (addresses) and <c>ReverseProxy:KnownNetworks</c> (CIDR ranges), comma-separated; from anyone else they are
/// ignored, so a client cannot choose its own address. Loopback is trusted by default, as in ASP.NET Core.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddTrackerReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = List(configuration["ReverseProxy:KnownProxies"])
            .Select(p => IPAddress.TryParse(p, out var address) ? address : throw new StartupException($"ReverseProxy:KnownProxies has \"{p}\", which is not an IP address."))
            .ToList();
        var networks = List(configuration["ReverseProxy:KnownNetworks"])
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network : throw new StartupException($"ReverseProxy:KnownNetworks has \"{n}\", which is not a CIDR range such as 10.0.0.0/8."))
            .ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    private static string[] List(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
