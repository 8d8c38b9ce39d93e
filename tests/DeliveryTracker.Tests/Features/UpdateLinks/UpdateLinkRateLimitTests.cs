using System.Net;
using DeliveryTracker.Contracts.ProgressUpdates;

using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.UpdateLinks;

/// <summary>The link's endpoints are reachable without an account, so requests to them are limited per address, like sign-in.</summary>
public sealed class UpdateLinkRateLimitTests : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["RateLimits:UpdateLinkPerMinute"] = "3" };

    [Test]
    public async Task TheLinkEndpoints_OverTheLimit_Return429WithRetryAfter_WhetherTheLinkIsValidOrNot()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        var client = LinkClient(link.Token);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/v1/update-link", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        using var limited = await LinkClient("guessed-token").GetAsync(new Uri("/api/v1/update-link", UriKind.Relative));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
    }
}
