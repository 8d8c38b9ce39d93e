using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Npgsql;

namespace DeliveryTracker.Tests.Infrastructure.Writes;

/// <summary>
/// The writes the OpenAPI document declares, read from the running app's document: each PUT and PATCH with its path,
/// its request schema and whether the same path has a GET (a representation it replaces). Also finds, in the seeded
/// data, a resource for every path parameter a write uses, and reads a resource's recorded changes.
/// </summary>
internal sealed class WriteOperations
{
    private readonly JsonElement _document;

    private WriteOperations(JsonElement document) => _document = document;

    public static async Task<WriteOperations> ReadAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        return new WriteOperations(document.RootElement.Clone());
    }

    public IEnumerable<WriteOperation> All(string method) =>
        _document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Value.TryGetProperty(method, out _))
            .Select(path =>
            {
                var operation = path.Value.GetProperty(method);
                var schema = operation.TryGetProperty("requestBody", out var body)
                    ? body.GetProperty("content").EnumerateObject().First().Value.GetProperty("schema")
                    : (JsonElement?)null;
                return new WriteOperation(
                    path.Name,
                    operation.GetProperty("operationId").GetString()!,
                    operation.GetProperty("x-authorization-policy").GetString()!,
                    schema is { } s ? Resolve(s) : null,
                    path.Value.TryGetProperty("get", out _),
                    _document.GetProperty("paths").TryGetProperty(path.Name + "/history", out _));
            });

    /// <summary>The schema a <c>$ref</c> (or a nullable <c>anyOf</c>/<c>oneOf</c> of one) points at.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(_document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..]));
        }

        foreach (var combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var variants)
                && variants.EnumerateArray().FirstOrDefault(v => v.TryGetProperty("$ref", out _) || v.TryGetProperty("properties", out _)) is { ValueKind: JsonValueKind.Object } variant)
            {
                return Resolve(variant);
            }
        }

        return schema;
    }

    /// <summary>What a client would send back: <paramref name="value"/> cut down to the properties <paramref name="schema"/> declares, at every depth.</summary>
    public JsonNode? Project(JsonNode? value, JsonElement schema)
    {
        schema = Resolve(schema);
        switch (value)
        {
            case JsonObject members when schema.TryGetProperty("properties", out var properties):
                var projected = new JsonObject();
                foreach (var property in properties.EnumerateObject())
                {
                    if (members.TryGetPropertyValue(property.Name, out var member))
                    {
                        projected[property.Name] = Project(member, property.Value);
                    }
                }

                return projected;
            case JsonArray items when schema.TryGetProperty("items", out var itemSchema):
                return new JsonArray(items.Select(item => Project(item, itemSchema)).ToArray());
            default:
                return value?.DeepClone();
        }
    }

    /// <summary>
    /// A seeded resource for each path parameter, preferring ones with the most to lose (an action with leads,
    /// recommendations and KPIs; a KPI with measurements; a lead in an organisation).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> SampleIdsAsync(HttpClient client, HttpClient administrator)
    {
        var ids = new Dictionary<string, Guid>();
        var plans = await GetAsync(client, "/api/v1/plans?limit=200");
        var plan = plans["items"]!.AsArray().OrderByDescending(p => (int)p!["actionCount"]!).First()!;
        ids["planId"] = Id(plan);
        var tree = await GetAsync(client, $"/api/v1/plans/{ids["planId"]}");
        var theme = tree["themes"]!.AsArray().First()!;
        ids["themeId"] = Id(theme);
        ids["objectiveId"] = Id(theme["objectives"]!.AsArray().First()!);
        var actions = await GetAsync(client, $"/api/v1/actions?planId={ids["planId"]}&limit=200");
        ids["actionId"] = Id(actions["items"]!.AsArray()
            .OrderByDescending(a => Math.Min(1, a!["leads"]!.AsArray().Count) + Math.Min(1, a["kpiIds"]!.AsArray().Count) + Math.Min(1, a["recommendationNumbers"]!.AsArray().Count))
            .ThenByDescending(a => a!["leads"]!.AsArray().Count)
            .First()!);
        var leads = await GetAsync(client, "/api/v1/leads?limit=200");
        ids["leadId"] = Id(leads["items"]!.AsArray().OrderByDescending(l => l!["organisationId"] is null ? 0 : 1).First()!);
        var kpis = await GetAsync(client, "/api/v1/kpis?limit=200");
        ids["kpiId"] = Id(kpis["items"]!.AsArray().OrderByDescending(k => k!["latestMeasurement"] is null ? 0 : 1).First()!);
        var measurements = await GetAsync(client, $"/api/v1/kpis/{ids["kpiId"]}/measurements");
        ids["measurementId"] = Id(measurements["items"]!.AsArray().First()!);
        var reviews = await GetAsync(client, "/api/v1/reviews");
        ids["reviewId"] = Id(reviews["items"]!.AsArray().OrderByDescending(r => (int)r!["recommendationCount"]!).First()!);
        var recommendations = await GetAsync(client, $"/api/v1/recommendations?reviewId={ids["reviewId"]}");
        ids["recommendationId"] = Id(recommendations["items"]!.AsArray().First()!);
        // The seed has no accounts (test callers sign in with tokens): a user who is a lead, so every field has a value.
        using var lead = await client.PostAsJsonAsync(new Uri("/api/v1/leads", UriKind.Relative), new { name = $"Lead {Guid.NewGuid():N}", kind = "Person" });
        var leadId = (await lead.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        ids["userId"] = (await TestAccounts.CreateUserAsync(administrator, [Contracts.Accounts.Role.Lead, Contracts.Accounts.Role.BoardMember], leadId)).Id;
        return ids;
    }

    /// <summary>The path with each <c>{parameter}</c> replaced by a sample id; fails naming a parameter it has no sample for.</summary>
    public static string Concrete(string path, IReadOnlyDictionary<string, Guid> ids) =>
        Regex.Replace(path, "\\{([^}]+)\\}", m => ids.TryGetValue(m.Groups[1].Value, out var id)
            ? id.ToString()
            : throw new AssertionException($"No sample resource for {{{m.Groups[1].Value}}} in {path}: add one to {nameof(SampleIdsAsync)}."));

    /// <summary>
    /// The recorded changes of the resource at <paramref name="concretePath"/>: its <c>…/history</c> where the API has
    /// one, otherwise the audit entries that history would read (reviews, measurements and users have no endpoint).
    /// </summary>
    public static async Task<JsonArray> HistoryAsync(HttpClient client, string connectionString, WriteOperation operation, string concretePath)
    {
        if (operation.HasHistory)
        {
            return (await GetAsync(client, concretePath + "/history"))["items"]!.AsArray();
        }

        var id = Guid.Parse(concretePath[(concretePath.LastIndexOf('/') + 1)..]);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(json_agg(json_build_object('operation', operation, 'before', before, 'after', after) ORDER BY occurred_at DESC), '[]') FROM audit_entries WHERE entity_id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return JsonNode.Parse((string)(await command.ExecuteScalarAsync())!)!.AsArray();
    }

    public static async Task<JsonObject> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That(response.IsSuccessStatusCode, Is.True, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The representation without what changes on every write: its version and its last-changed time.</summary>
    public static JsonObject WithoutVersion(JsonObject representation)
    {
        var copy = representation.DeepClone().AsObject();
        copy.Remove("etag");
        copy.Remove("updatedAt");
        return copy;
    }

    private static Guid Id(JsonNode node) => node["id"]!.GetValue<Guid>();
}
