using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeliveryTracker.Tests.Infrastructure.Writes;

/// <summary>
/// Every resource with a PUT takes a JSON Merge Patch (RFC 7396) under the same If-Match rule: a one-field patch
/// changes that field and nothing else, null clears a field that may be empty and is refused for one that may not,
/// and any other media type is a 415 problem.
/// </summary>
public sealed class MergePatchTests : ApiFixture
{
    private const string MergePatch = "application/merge-patch+json";

    private WriteOperations _document = null!;
    private IReadOnlyDictionary<string, Guid> _ids = null!;

    [OneTimeSetUp]
    public async Task ReadDocumentAsync()
    {
        _document = await WriteOperations.ReadAsync(Client);
        _ids = await WriteOperations.SampleIdsAsync(Client, Administrator);
    }

    private IEnumerable<WriteOperation> Patches => _document.All("patch");

    [Test]
    public void EveryResourceWithAPut_HasAPatchOfTheSameBody()
    {
        var puts = _document.All("put").Where(o => o.HasGet).ToDictionary(o => o.Path);
        var patches = Patches.ToDictionary(o => o.Path);

        Assert.That(patches.Keys, Is.EquivalentTo(puts.Keys));
        foreach (var (path, patch) in patches)
        {
            var schema = patch.RequestSchema!.Value;
            Assert.That(Properties(schema), Is.EqualTo(Properties(puts[path].RequestSchema!.Value)), path);
            Assert.That(schema.TryGetProperty("required", out _), Is.False, $"{path}: a patch sends only the fields it changes");
        }

        static IEnumerable<string> Properties(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);
    }

    [Test]
    public async Task EveryPatch_OfOneField_ChangesOnlyThatField()
    {
        var failures = new List<string>();
        foreach (var operation in Patches)
        {
            var client = ClientFor(operation);
            var path = WriteOperations.Concrete(operation.Path, _ids);
            var field = TextField(operation.RequestSchema!.Value);
            var (before, etag) = await ReadAsync(client, path);
            var history = await WriteOperations.HistoryAsync(client, ConnectionString, operation, path);
            var value = $"Patched {Guid.NewGuid():N}"[..Math.Min(20, MaxLength(operation.RequestSchema.Value, field))];

            using var response = await PatchAsync(client, path, new JsonObject { [field] = value }, etag);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{operation} {field}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                continue;
            }

            var written = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            var (after, _) = await ReadAsync(client, path);
            var expected = WriteOperations.WithoutVersion(before);
            expected[field] = value;
            if (!JsonNode.DeepEquals(expected, WriteOperations.WithoutVersion(after)))
            {
                failures.Add($"{operation} {field}: expected {expected.ToJsonString()}\n  got {WriteOperations.WithoutVersion(after).ToJsonString()}");
            }

            if (written["etag"]?.GetValue<string>() != response.ETag() || response.ETag() == etag)
            {
                failures.Add($"{operation}: body etag {written["etag"]}, header {response.ETag()}, before {etag}");
            }

            var historyAfter = await WriteOperations.HistoryAsync(client, ConnectionString, operation, path);
            var changed = historyAfter.Count == history.Count + 1 ? historyAfter[0]!["after"]!.AsObject().Select(p => p.Key).ToList() : null;
            if (changed is null || changed.Count != 1 || !changed[0].Equals(field, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{operation} {field}: history recorded {(changed is null ? $"{historyAfter.Count - history.Count} entries" : string.Join(", ", changed))}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task EveryPatch_AsPlainJson_ReturnsUnsupportedMediaTypeProblem()
    {
        var failures = new List<string>();
        foreach (var operation in Patches)
        {
            var client = ClientFor(operation);
            var path = WriteOperations.Concrete(operation.Path, _ids);
            var (_, etag) = await ReadAsync(client, path);

            using var response = await client.SendJsonAsync(HttpMethod.Patch, path, "{}", etag, Json);

            if (response.StatusCode != HttpStatusCode.UnsupportedMediaType || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{operation}: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task EveryPatch_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var failures = new List<string>();
        foreach (var operation in Patches)
        {
            using var response = await PatchAsync(ClientFor(operation), WriteOperations.Concrete(operation.Path, _ids), [], ifMatch: null);
            if ((int)response.StatusCode != 428)
            {
                failures.Add($"{operation}: {(int)response.StatusCode}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Patch_WithAStaleETag_ReturnsPreconditionFailedWithTheCurrentVersion()
    {
        var path = $"/api/v1/objectives/{_ids["objectiveId"]}";
        var (_, stale) = await ReadAsync(Client, path);
        using (var first = await PatchAsync(Client, path, new JsonObject { ["title"] = "First change" }, stale))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var (current, currentETag) = await ReadAsync(Client, path);
        using var second = await PatchAsync(Client, path, new JsonObject { ["title"] = "Second change" }, stale);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var problem = await second.ProblemAsync();
        Assert.That(problem.GetProperty("currentETag").GetString(), Is.EqualTo(currentETag));
        Assert.That(problem.GetProperty("current").GetProperty("title").GetString(), Is.EqualTo("First change"));
        Assert.That(problem.GetProperty("current").GetProperty("etag").GetString(), Is.EqualTo(currentETag));
        Assert.That((await ReadAsync(Client, path)).Body["title"]!.GetValue<string>(), Is.EqualTo(current["title"]!.GetValue<string>()));
    }

    [Test]
    public async Task Patch_SettingARequiredFieldToNull_ReturnsValidationProblemNamingIt()
    {
        var path = $"/api/v1/themes/{_ids["themeId"]}";
        var (before, etag) = await ReadAsync(Client, path);

        using var response = await PatchAsync(Client, path, new JsonObject { ["title"] = null }, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.EqualTo("title"));
        Assert.That(JsonNode.DeepEquals((await ReadAsync(Client, path)).Body, before), Is.True);
    }

    [Test]
    public async Task Patch_SettingANullableFieldToNull_ClearsItAndNothingElse()
    {
        using var created = await Client.PostAsJsonAsync(
            new Uri("/api/v1/leads", UriKind.Relative), new { name = $"Lead {Guid.NewGuid():N}", kind = "Person", email = "lead@tests.example" }, Json);
        var lead = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var path = $"/api/v1/leads/{lead["id"]}";

        using var response = await PatchAsync(Client, path, new JsonObject { ["email"] = null }, created.ETag());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var after = (await ReadAsync(Client, path)).Body;
        Assert.That(after["email"], Is.Null);
        Assert.That((after["name"]!.GetValue<string>(), after["kind"]!.GetValue<string>()), Is.EqualTo((lead["name"]!.GetValue<string>(), "Person")));
    }

    [Test]
    public async Task Patch_OfOneNestedSetting_KeepsTheOtherSettingsAndTheBoardCalendar()
    {
        var path = $"/api/v1/plans/{_ids["planId"]}";
        var (before, etag) = await ReadAsync(Client, path);
        var dueSoon = before["settings"]!["dueSoonDays"]!.GetValue<int>() + 1;

        using var response = await PatchAsync(Client, path, new JsonObject { ["settings"] = new JsonObject { ["dueSoonDays"] = dueSoon } }, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var expected = WriteOperations.WithoutVersion(before);
        expected["settings"]!["dueSoonDays"] = dueSoon;
        Assert.That(WriteOperations.WithoutVersion((await ReadAsync(Client, path)).Body).ToJsonString(), Is.EqualTo(expected.ToJsonString()));
    }

    [Test]
    public async Task Patch_WithAFieldTheResourceDoesNotHave_ReturnsValidationProblemNamingIt()
    {
        var path = $"/api/v1/themes/{_ids["themeId"]}";
        var (_, etag) = await ReadAsync(Client, path);

        using var response = await PatchAsync(Client, path, new JsonObject { ["titel"] = "Misspelt" }, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.Contains("titel"));
    }

    /// <summary>The first plain text field of a PUT schema (no format, pattern or enum), which any string of its length may fill.</summary>
    private string TextField(JsonElement schema) =>
        schema.GetProperty("properties").EnumerateObject()
            .First(p =>
            {
                var property = _document.Resolve(p.Value);
                return property.TryGetProperty("type", out var type)
                    && (type.ValueKind == JsonValueKind.String ? type.GetString() == "string" : type.EnumerateArray().Any(t => t.GetString() == "string"))
                    && !property.TryGetProperty("format", out _) && !property.TryGetProperty("pattern", out _) && !property.TryGetProperty("enum", out _);
            }).Name;

    private static int MaxLength(JsonElement schema, string field) =>
        schema.GetProperty("properties").GetProperty(field).TryGetProperty("maxLength", out var max) ? max.GetInt32() : int.MaxValue;

    private HttpClient ClientFor(WriteOperation operation) => operation.Policy == "administer" ? Administrator : Client;

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, string path, JsonObject patch, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(patch.ToJsonString(), Encoding.UTF8, MergePatch),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static async Task<(JsonObject Body, string ETag)> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {path}");
        return ((await response.Content.ReadFromJsonAsync<JsonObject>())!, response.ETag());
    }
}
