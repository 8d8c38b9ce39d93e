using System.Net;
using System.Text.RegularExpressions;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Jobs;

/// <summary>
/// The Hangfire dashboard works for a signed-in administrator and is covered by the same CSRF rule as the API: its
/// pages carry the antiforgery token under the API's header name, and its POSTs without it are refused.
/// </summary>
public sealed partial class JobDashboardTests : ApiFixture
{
    [GeneratedRegex("""<meta name="csrf-header" content="([^"]+)">\s*<meta name="csrf-token" content="([^"]+)">""")]
    private static partial Regex CsrfMeta();

    [Test]
    public async Task AdministratorSession_DashboardPostsWithItsToken_AndIsRefusedWithoutOne()
    {
        var admin = await TestAccounts.CreateUserAsync(Administrator, [Role.Administrator]);
        using var session = AnonymousClient();
        await TestAccounts.SignInAsync(session, admin.Email);
        session.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");

        var page = await session.GetStringAsync(new Uri("/hangfire", UriKind.Relative));
        var meta = CsrfMeta().Match(page);
        Assert.That(meta.Success, Is.True, "the dashboard page carries the antiforgery header name and token");
        using var withoutToken = await session.PostAsync(new Uri("/hangfire/stats", UriKind.Relative), new FormUrlEncodedContent([new("metrics[]", "succeeded:count")]));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/hangfire/stats", UriKind.Relative)) { Content = new FormUrlEncodedContent([new("metrics[]", "succeeded:count")]) };
        request.Headers.Add(meta.Groups[1].Value, meta.Groups[2].Value);
        using var withToken = await session.SendAsync(request);

        Assert.That(meta.Groups[1].Value, Is.EqualTo("X-XSRF-TOKEN"));
        Assert.That((withoutToken.StatusCode, withToken.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.OK)));
    }
}
