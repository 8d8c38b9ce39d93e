using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Themes;
using Npgsql;

namespace DeliveryTracker.Tests.Infrastructure.Idempotency;

/// <summary>Retried POSTs through a real create endpoint (themes of the demo plan).</summary>
public sealed class IdempotencyTests : ApiFixture
{
    private Guid _planId;

    [OneTimeSetUp]
    public async Task FindPlanAsync() =>
        _planId = (await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans")).Items.Single(p => p.Title == "Building Safer Communities – Delivery Plan").Id;

    private async Task<HttpResponseMessage> PostThemeAsync(string key, CreateThemeRequest body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/plans/{_planId}/themes", UriKind.Relative))
        {
            Content = JsonContent.Create(body, options: Json),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await Client.SendAsync(request);
    }

    private async Task<int> ThemesWithCodeAsync(string code) =>
        (await GetJsonAsync<Page<ThemeDto>>($"/api/v1/themes?planId={_planId}")).Items.Count(t => t.Code == code);

    [Test]
    public async Task Post_RetriedWithSameKeyAndBody_ReplaysTheFirstResponseAndCreatesOnce()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateThemeRequest("IDEM", "Created once");

        using var first = await PostThemeAsync(key, body);
        using var retry = await PostThemeAsync(key, body);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await retry.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(retry.Headers.ETag, Is.EqualTo(first.Headers.ETag));
        Assert.That(retry.Headers.GetValues("Idempotency-Replayed"), Is.EqualTo(new[] { "true" }));
        Assert.That(first.Headers.Contains("Idempotency-Replayed"), Is.False);
        Assert.That(await ThemesWithCodeAsync("IDEM"), Is.EqualTo(1));
    }

    [Test]
    public async Task Post_SameKeyDifferentBody_ReturnsUnprocessableAndCreatesNothingMore()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await PostThemeAsync(key, new CreateThemeRequest("ONE", "First"));

        using var second = await PostThemeAsync(key, new CreateThemeRequest("TWO", "Second"));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        await second.ProblemAsync();
        Assert.That(await ThemesWithCodeAsync("TWO"), Is.Zero);
    }

    [Test]
    public async Task Post_WhileTheFirstIsStillInFlight_ReturnsConflict()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateThemeRequest("FLIGHT", "In flight");
        // A claim without a response is what another instance holds while it processes the first request.
        var bodyHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonContent.Create(body, options: Json).ReadAsByteArrayAsync().Result));
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var claim = new NpgsqlCommand(
                "INSERT INTO idempotency_records (scope, request_hash, created_at, expires_at) VALUES (@scope, @hash, now(), now() + interval '1 day')", connection);
            claim.Parameters.AddWithValue("scope", $"programmemanager@tests.example POST /api/v1/plans/{_planId}/themes {key}");
            claim.Parameters.AddWithValue("hash", bodyHash);
            await claim.ExecuteNonQueryAsync();
        }

        using var response = await PostThemeAsync(key, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.ProblemAsync()).GetProperty("detail").GetString(), Does.Contain("still being processed"));
        Assert.That(await ThemesWithCodeAsync("FLIGHT"), Is.Zero);
    }

    [Test]
    public async Task Post_WithOverlongKey_ReturnsValidationProblem()
    {
        using var response = await PostThemeAsync(new string('k', 201), new CreateThemeRequest("LONG", "Long key"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _), Is.True);
        Assert.That(await ThemesWithCodeAsync("LONG"), Is.Zero);
    }

    [Test]
    public async Task Post_WithDifferentKeys_CreatesEachTime()
    {
        using var first = await PostThemeAsync(Guid.NewGuid().ToString(), new CreateThemeRequest("KA", "A"));
        using var second = await PostThemeAsync(Guid.NewGuid().ToString(), new CreateThemeRequest("KB", "B"));

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.Created, HttpStatusCode.Created)));
        Assert.That(await ThemesWithCodeAsync("KA") + await ThemesWithCodeAsync("KB"), Is.EqualTo(2));
    }
}
