using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Webhooks;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// OWASP API7:2023 Server Side Request Forgery: webhook URLs that point inside the service's network (loopback,
/// private ranges, link-local cloud metadata, in any spelling) are refused with a problem naming <c>url</c>.
/// </summary>
public sealed class Api07ServerSideRequestForgeryTests : ApiFixture
{
    [TestCase("https://127.0.0.1/hook")]
    [TestCase("https://localhost/hook")]
    [TestCase("https://[::1]/hook")]
    [TestCase("https://2130706433/hook")]
    [TestCase("https://0x7f.0.0.1/hook")]
    [TestCase("https://[::ffff:127.0.0.1]/hook")]
    [TestCase("https://169.254.169.254/latest/meta-data/")]
    [TestCase("https://10.0.0.5/hook")]
    [TestCase("https://172.16.4.2/hook")]
    [TestCase("https://192.168.1.10/hook")]
    [TestCase("https://100.64.0.1/hook")]
    [TestCase("https://[fd00::1]/hook")]
    [TestCase("https://[fe80::1]/hook")]
    [TestCase("https://0.0.0.0/hook")]
    [TestCase("http://93.184.215.14/hook")]
    [TestCase("file:///etc/passwd")]
    [TestCase("gopher://93.184.215.14:70/_x")]
    [TestCase("https://user:pass@93.184.215.14/hook")]
    [TestCase("/relative/hook")]
    public async Task CreateWebhook_ToAnInternalOrUnsafeUrl_IsRefusedNamingUrl(string url)
    {
        using var response = await Administrator.PostAsJsonAsync(new Uri("/api/v1/webhooks", UriKind.Relative), new CreateWebhookRequest("Probe", url, [WebhookEvent.ActionChanged]), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("url", out _), Is.True);
    }

    [Test]
    public async Task CreateWebhook_ToAPublicHttpsAddress_IsAcceptedAndTheSecretIsShownOnce()
    {
        using var response = await Administrator.PostAsJsonAsync(
            new Uri("/api/v1/webhooks", UriKind.Relative), new CreateWebhookRequest("Partner", "https://93.184.215.14/hooks/tracker", [WebhookEvent.ProgressUpdatePosted]), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<CreatedWebhookDto>(Json))!;
        var listing = await Administrator.GetStringAsync(new Uri("/api/v1/webhooks?limit=200", UriKind.Relative));
        Assert.That(created.SigningSecret, Has.Length.GreaterThanOrEqualTo(40));
        Assert.That(listing, Does.Contain(created.Webhook.Id.ToString()).And.Not.Contain(created.SigningSecret));
    }
}

/// <summary>"Unless configured": a council whose receivers are on its own network allows private addresses.</summary>
public sealed class Api07PrivateNetworksAllowedTests : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Webhooks:AllowPrivateNetworks"] = "true" };

    [Test]
    public async Task CreateWebhook_ToAPrivateAddress_WhenAllowed_IsAccepted()
    {
        using var response = await Administrator.PostAsJsonAsync(
            new Uri("/api/v1/webhooks", UriKind.Relative), new CreateWebhookRequest("Internal BI", "http://10.1.2.3:8080/hook", [WebhookEvent.MeasurementChanged]), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }
}
