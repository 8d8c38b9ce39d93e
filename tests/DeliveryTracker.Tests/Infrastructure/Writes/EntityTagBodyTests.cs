using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DeliveryTracker.Contracts.ApiKeys;

namespace DeliveryTracker.Tests.Infrastructure.Writes;

/// <summary>
/// The version travels in the body: a single resource created or read carries <c>etag</c>, the same value as the
/// <c>ETag</c> header, so a client that sees only bodies can write conditionally. (Every GET, PUT and PATCH of a resource
/// with a PUT is checked in <see cref="PutRoundTripTests"/> and <see cref="MergePatchTests"/>.)
/// </summary>
public sealed class EntityTagBodyTests : ApiFixture
{
    [Test]
    public async Task CreateTheme_BodyETag_IsTheETagHeader()
    {
        var planId = await NewPlanAsync();

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/plans/{planId}/themes", UriKind.Relative), new { code = "ETAG", title = "Theme" }, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonObject>())!["etag"]!.GetValue<string>(), Is.EqualTo(response.ETag()));
    }

    [Test]
    public async Task CreateAndGetApiKey_BodyETag_IsTheETagHeader()
    {
        var request = new CreateApiKeyRequest($"etag-{Guid.NewGuid():N}", [ApiKeyScope.PlansRead], DateTimeOffset.UtcNow.AddDays(3));
        using var created = await Administrator.PostAsJsonAsync(new Uri("/api/v1/api-keys", UriKind.Relative), request, Json);
        var key = (await created.Content.ReadFromJsonAsync<JsonObject>())!["apiKey"]!;

        using var read = await Administrator.GetAsync(new Uri($"/api/v1/api-keys/{key["id"]}", UriKind.Relative));

        Assert.That(key["etag"]!.GetValue<string>(), Is.EqualTo(created.ETag()));
        Assert.That((await read.Content.ReadFromJsonAsync<JsonObject>())!["etag"]!.GetValue<string>(), Is.EqualTo(read.ETag()));
    }

    [Test]
    public async Task CreateWebhook_BodyETag_IsTheETagHeader()
    {
        using var created = await Administrator.PostAsJsonAsync(
            new Uri("/api/v1/webhooks", UriKind.Relative), new { name = "Partner", url = "https://93.184.215.14/hooks/tracker", events = new[] { "ProgressUpdatePosted" } }, Json);

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That((await created.Content.ReadFromJsonAsync<JsonObject>())!["webhook"]!["etag"]!.GetValue<string>(), Is.EqualTo(created.ETag()));
    }
}
