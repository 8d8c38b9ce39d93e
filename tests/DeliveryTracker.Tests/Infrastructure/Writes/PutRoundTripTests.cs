using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeliveryTracker.Tests.Infrastructure.Writes;

/// <summary>
/// Every PUT in the OpenAPI document takes exactly the writable fields of its GET, all required: GET → PUT of the same
/// body (cut down to the PUT schema, as a client would) → GET gives back the same representation and the history
/// records no change; leaving any one field out is a 400 naming it; the body's <c>etag</c> is the <c>ETag</c> header.
/// </summary>
public sealed class PutRoundTripTests : ApiFixture
{
    /// <summary>
    /// PUTs that are commands on a resource, not representations of one (their paths have no GET): each with the
    /// reason it is not round-tripped here. A new PUT without a GET fails <see cref="EveryPutWithoutAGet_IsAKnownCommand"/>
    /// until it is listed, so none is skipped silently.
    /// </summary>
    private static readonly Dictionary<string, string> Commands = new()
    {
        ["ReorderThemes"] = "a new order of the plan's themes, versioned by the plan's ETag",
        ["ReorderObjectives"] = "a new order of the theme's objectives, versioned by the theme's ETag",
        ["ReorderActions"] = "a new order of the objective's actions, versioned by the objective's ETag",
        ["LinkKpiToAction"] = "membership of a set, no body and no version",
        ["CorrectActionTimescale"] = "marks the action's dates as set by hand; the action's PUT and PATCH carry the timescale text",
    };

    private WriteOperations _document = null!;
    private IReadOnlyDictionary<string, Guid> _ids = null!;

    [OneTimeSetUp]
    public async Task ReadDocumentAsync()
    {
        _document = await WriteOperations.ReadAsync(Client);
        _ids = await WriteOperations.SampleIdsAsync(Client, Administrator);
    }

    private IEnumerable<WriteOperation> Replacements => _document.All("put").Where(o => o.HasGet);

    [Test]
    public void TheDocument_HasTheResourcePuts() =>
        Assert.That(Replacements.Select(o => o.OperationId), Is.SupersetOf(new[]
        {
            "UpdatePlan", "UpdateTheme", "UpdateObjective", "UpdateAction", "UpdateLead", "UpdateKpi", "UpdateMeasurement",
            "UpdateReview", "UpdateRecommendation", "UpdateUser",
        }));

    [Test]
    public void EveryPutWithoutAGet_IsAKnownCommand() =>
        Assert.That(_document.All("put").Where(o => !o.HasGet).Select(o => o.OperationId), Is.EquivalentTo(Commands.Keys));

    /// <param name="asRead">
    /// False: the GET body cut down to the PUT schema's properties, as a generated client builds it. True: the GET body
    /// exactly as read, read-only fields (id, etag, updatedAt, rating, a lead's name …) included, which are ignored.
    /// </param>
    [TestCase(false)]
    [TestCase(true)]
    public async Task EveryPut_OfTheBodyItsGetReturned_ChangesNothing(bool asRead)
    {
        var failures = new List<string>();
        foreach (var operation in Replacements)
        {
            var client = ClientFor(operation);
            var path = WriteOperations.Concrete(operation.Path, _ids);
            var (before, etag) = await ReadAsync(client, path);
            var history = await WriteOperations.HistoryAsync(client, ConnectionString, operation, path);
            var body = asRead ? before : _document.Project(before, operation.RequestSchema!.Value)!;

            using var response = await client.SendJsonAsync(HttpMethod.Put, path, body.ToJsonString(), etag, Json);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{operation}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                continue;
            }

            var written = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            var (after, _) = await ReadAsync(client, path);
            var historyAfter = await WriteOperations.HistoryAsync(client, ConnectionString, operation, path);
            if (written["etag"]?.GetValue<string>() != response.ETag())
            {
                failures.Add($"{operation}: the PUT's body etag {written["etag"]} is not its ETag header {response.ETag()}");
            }

            if (!JsonNode.DeepEquals(WriteOperations.WithoutVersion(before), WriteOperations.WithoutVersion(after)))
            {
                failures.Add($"{operation}: the representation changed\n  before {WriteOperations.WithoutVersion(before).ToJsonString()}\n  after  {WriteOperations.WithoutVersion(after).ToJsonString()}");
            }

            if (historyAfter.Count != history.Count)
            {
                failures.Add($"{operation}: the history recorded {historyAfter[0]!.ToJsonString()}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task EveryPut_WithoutAnyOneField_ReturnsValidationProblemNamingIt()
    {
        var failures = new List<string>();
        foreach (var operation in Replacements)
        {
            var client = ClientFor(operation);
            var path = WriteOperations.Concrete(operation.Path, _ids);
            var (before, etag) = await ReadAsync(client, path);
            var complete = _document.Project(before, operation.RequestSchema!.Value)!.AsObject();
            var required = operation.RequestSchema.Value.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToList();
            Assert.That(required, Is.EquivalentTo(complete.Select(p => p.Key)), $"{operation}: every writable field is required, and GET returns each");

            foreach (var field in required)
            {
                var body = complete.DeepClone().AsObject();
                body.Remove(field);
                using var response = await client.SendJsonAsync(HttpMethod.Put, path, body.ToJsonString(), etag, Json);
                var names = response.StatusCode == HttpStatusCode.BadRequest
                    ? (await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList()
                    : [];
                if (!names.Contains(field))
                {
                    failures.Add($"{operation} without {field}: {(int)response.StatusCode} naming [{string.Join(", ", names)}]");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task EveryGet_OfAResourceWithAPut_CarriesItsETagInTheBody()
    {
        var failures = new List<string>();
        foreach (var operation in Replacements)
        {
            var path = WriteOperations.Concrete(operation.Path, _ids);
            using var response = await ClientFor(operation).GetAsync(new Uri(path, UriKind.Relative));
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            if (body["etag"]?.GetValue<string>() is not { } etag || etag != response.ETag())
            {
                failures.Add($"{operation}: body etag {body["etag"]}, header {response.Headers.ETag}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Put_WithAFieldTheResourceDoesNotHave_ReturnsValidationProblemNamingIt()
    {
        var path = $"/api/v1/themes/{_ids["themeId"]}";
        var (before, etag) = await ReadAsync(Client, path);
        before["colour"] = "red";

        using var response = await Client.SendJsonAsync(HttpMethod.Put, path, before.ToJsonString(), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.Contains("colour"));
    }

    [Test]
    public async Task PutPlan_WithOnlyTitleAndPeriod_IsRefusedAndResetsNothing()
    {
        var path = $"/api/v1/plans/{_ids["planId"]}";
        var (before, etag) = await ReadAsync(Client, path);
        var body = new JsonObject { ["title"] = before["title"]!.DeepClone(), ["periodStart"] = before["periodStart"]!.DeepClone(), ["periodEnd"] = before["periodEnd"]!.DeepClone() };

        using var response = await Client.SendJsonAsync(HttpMethod.Put, path, body.ToJsonString(), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.SupersetOf(new[] { "status", "sourceDocument", "reviewId", "settings" }), problem.ToString());
        var (after, _) = await ReadAsync(Client, path);
        Assert.That(JsonNode.DeepEquals(before, after), Is.True);
        Assert.That(after["reviewId"], Is.Not.Null, "GET returns the plan's review link");
    }

    private HttpClient ClientFor(WriteOperation operation) => operation.Policy == "administer" ? Administrator : Client;

    private static async Task<(JsonObject Body, string ETag)> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {path}");
        return ((await response.Content.ReadFromJsonAsync<JsonObject>())!, response.ETag());
    }
}
