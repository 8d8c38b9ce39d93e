using System.Net;
using System.Text.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;

namespace DeliveryTracker.Tests.Infrastructure.Requests;

/// <summary>
/// A query string means what the client wrote or is refused: unknown names, enum values in any case, ISO 8601 dates
/// only, and an Accept header the operation cannot satisfy. Held over every operation of the OpenAPI document.
/// </summary>
public sealed class QueryStringTests : ApiFixture
{
    private OpenApiOperations _operations = null!;

    [OneTimeSetUp]
    public async Task ReadDocumentAsync()
    {
        _operations = await OpenApiOperations.ReadAsync(Client);
    }

    [Test]
    public async Task EveryOperation_WithAnUnknownQueryParameter_ReturnsAProblemNamingItAndListingTheAcceptedOnes()
    {
        var client = ClientAs(Enum.GetValues<Role>());
        var link = await NewLinkClientAsync();
        var failures = new List<string>();
        foreach (var operation in _operations.Items)
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri($"{operation.ConcretePath}?statuss=Red", UriKind.Relative));
            using var response = await (operation.Policy == OpenApiOperation.UpdateLinkPolicy ? link : client).SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{operation}: {(int)response.StatusCode} {body}");
                continue;
            }

            using var problem = JsonDocument.Parse(body);
            var accepted = problem.RootElement.GetProperty("acceptedParameters").EnumerateArray().Select(e => e.GetString()).ToList();
            var message = problem.RootElement.GetProperty("errors").TryGetProperty("statuss", out var messages) ? messages[0].GetString()! : "";
            if (!accepted.Order().SequenceEqual(operation.Query.Keys.Order()) || !operation.Query.Keys.All(message.Contains))
            {
                failures.Add($"{operation}: accepted [{string.Join(", ", accepted)}], document [{string.Join(", ", operation.Query.Keys)}], message '{message}'");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task ListActions_MisspeltFilter_IsRefusedRatherThanIgnored()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/actions?themId=" + Guid.NewGuid(), UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").GetProperty("themId")[0].GetString(), Does.Contain("themeId"));
    }

    [Test]
    public async Task EveryEnumQueryParameter_TakesItsValuesInAnyCase()
    {
        var client = ClientAs(Enum.GetValues<Role>());
        var failures = new List<string>();
        foreach (var operation in _operations.Items.Where(o => o.Method == "GET"))
        {
            foreach (var (name, values) in operation.Query.Where(q => q.Value.Count > 0))
            {
                foreach (var value in values)
                {
                    var path = $"{operation.ConcretePath}?{name}={value.ToLowerInvariant()}";
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                    // A random id in the route may not exist (404); what matters is that the value was not refused.
                    if (response.StatusCode == HttpStatusCode.BadRequest)
                    {
                        failures.Add($"{path}: {await response.Content.ReadAsStringAsync()}");
                    }
                }
            }
        }

        Assert.That(_operations.Items.SelectMany(o => o.Query.Values).Any(v => v.Count > 0), Is.True, "the document should have enum query parameters");
        Assert.That(failures, Is.Empty);
    }

    [TestCase("rag", "red", "Red")]
    [TestCase("status", "inprogress", "InProgress")]
    [TestCase("sort", "DUEDATE", "DueDate")]
    public async Task ListActions_EnumValueInAnotherCase_GivesTheSameListAsItsName(string name, string written, string canonical)
    {
        var expected = await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?{name}={canonical}&limit=200");
        var actual = await GetJsonAsync<Page<ActionSummaryDto>>($"/api/v1/actions?{name}={written}&limit=200");

        Assert.That(actual.Items.Select(a => a.Id), Is.EqualTo(expected.Items.Select(a => a.Id)));
    }

    [TestCase("rag=1", "rag")]
    [TestCase("status=InProgress&status=Finished", "status")]
    [TestCase("asOf=01/06/2019", "asOf")]
    [TestCase("asOf=2019-6-1", "asOf")]
    [TestCase("asOf=", "asOf")]
    [TestCase("rag=", "rag")]
    [TestCase("asOf=1%20June%202019", "asOf")]
    [TestCase("dueBefore=06/30/2020", "dueBefore")]
    [TestCase("updatedSince=01/06/2019", "updatedSince")]
    [TestCase("updatedSince=2019-06-01", "updatedSince")]
    [TestCase("updatedSince=2019-06-01T10:00:00+01:00", "updatedSince")]
    public async Task ListActions_ValueNotInItsIsoOrNamedForm_IsAProblemNamingTheParameter(string query, string parameter)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/actions?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        var errors = problem.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { parameter }), errors.ToString());
        Assert.That(errors.GetProperty(parameter)[0].GetString(), Does.Not.Contain("DateOnly").And.Not.Contain("Nullable").And.Not.Contain("DeliveryTracker"));
    }

    [TestCase("asOf=2019-06-01")]
    [TestCase("dueBefore=2030-01-01&dueAfter=2019-01-01")]
    [TestCase("updatedSince=2019-06-01T10:00:00Z")]
    [TestCase("updatedSince=2019-06-01T10:00:00.123%2B01:00")]
    public async Task ListActions_IsoDates_AreAccepted(string query)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/actions?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [TestCase("application/json")]
    [TestCase("application/problem+json")]
    [TestCase("application/*")]
    [TestCase("*/*")]
    [TestCase("application/json; charset=utf-8")]
    [TestCase("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [TestCase("application/json, text/plain, */*")]
    public async Task ListPlans_WithAnAcceptThatAllowsJson_Answers(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/plans", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task EveryOperationWithABody_AskedForAFormatItDoesNotProduce_ReturnsANotAcceptableProblem()
    {
        var client = ClientAs(Enum.GetValues<Role>());
        var link = await NewLinkClientAsync();
        var failures = new List<string>();
        foreach (var operation in _operations.Items.Where(o => o.ResponseMediaTypes.Count > 0))
        {
            foreach (var accept in new[] { "text/csv", "application/json;q=0, text/html" })
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri(operation.ConcretePath, UriKind.Relative));
                request.Headers.TryAddWithoutValidation("Accept", accept);
                using var response = await (operation.Policy == OpenApiOperation.UpdateLinkPolicy ? link : client).SendAsync(request);
                if (response.StatusCode != HttpStatusCode.NotAcceptable || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                    || !(await response.Content.ReadAsStringAsync()).Contains("application/json", StringComparison.Ordinal))
                {
                    failures.Add($"{operation} with Accept: {accept} → {(int)response.StatusCode} {response.Content.Headers.ContentType}");
                }
            }
        }

        Assert.That(_operations.Items.Count(o => o.ResponseMediaTypes.Count > 0), Is.GreaterThan(_operations.Items.Count / 2));
        Assert.That(failures, Is.Empty);
    }
}
