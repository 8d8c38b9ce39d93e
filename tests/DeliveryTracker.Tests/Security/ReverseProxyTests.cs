using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// Behind a load balancer, per-address limits apply to each client's forwarded address, but only when the balancer is
/// a configured proxy: a client cannot pick its address by sending X-Forwarded-For itself.
/// </summary>
public sealed class ReverseProxyTests : ApiFixture
{
    private const string PeerHeader = "X-Test-Peer";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["ReverseProxy:KnownNetworks"] = "10.0.0.0/8",
        ["RateLimits:SignInPerMinute"] = "2",
    };

    /// <summary>The test server has no sockets: this sets the connection's address from a header, before the app's own middleware.</summary>
    private sealed class PeerAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[PeerHeader].ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private static async Task<HttpStatusCode[]> SignInAttemptsAsync(HttpClient client, string peer, string? forwardedFor, int attempts)
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/auth/sign-in", UriKind.Relative))
            {
                Content = JsonContent.Create(new SignInRequest($"nobody-{Guid.NewGuid():N}@tests.example", "wrong-password-here"), options: Json),
            };
            request.Headers.Add(PeerHeader, peer);
            if (forwardedFor is not null)
            {
                request.Headers.Add("X-Forwarded-For", forwardedFor);
            }

            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return [.. statuses];
    }

    [Test]
    public async Task SignInLimit_BehindAKnownProxy_CountsEachForwardedClientApart_AndIgnoresForwardingFromOthers()
    {
        await using var factory = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerAddressFromHeader>()));
        using var client = factory.CreateClient();

        var first = await SignInAttemptsAsync(client, "10.0.0.7", "203.0.113.5", 3);
        var second = await SignInAttemptsAsync(client, "10.0.0.7", "203.0.113.6", 2);
        var spoofer = await SignInAttemptsAsync(client, "198.51.100.9", "203.0.113.99", 2);
        var spooferAgain = await SignInAttemptsAsync(client, "198.51.100.9", "203.0.113.100", 1);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
            Assert.That(second, Is.All.EqualTo(HttpStatusCode.Unauthorized), "another client behind the same proxy has its own budget");
            Assert.That(spoofer, Is.All.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(spooferAgain, Is.EqualTo(new[] { HttpStatusCode.TooManyRequests }), "an untrusted X-Forwarded-For does not buy a new budget");
        });
    }
}
