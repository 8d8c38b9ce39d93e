using System.Text.Json;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>Every request and response schema in the OpenAPI document carries an example that fits it.</summary>
public sealed class OpenApiExamplesTests : ApiFixture
{
    private static bool IsContract(string name) =>
        name.EndsWith("Dto", StringComparison.Ordinal) || name.EndsWith("Request", StringComparison.Ordinal) || name.StartsWith("PageOf", StringComparison.Ordinal);

    private async Task<List<(string Name, JsonElement Schema)>> ContractSchemasAsync()
    {
        var document = await GetJsonAsync<JsonElement>("/openapi/v1.json");
        return document.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => IsContract(s.Name))
            .Select(s => (s.Name, s.Value.Clone()))
            .ToList();
    }

    [Test]
    public async Task OpenApiDocument_EveryContractSchema_HasAnExample()
    {
        var schemas = await ContractSchemasAsync();

        var missing = schemas.Where(s => !s.Schema.TryGetProperty("example", out _)).Select(s => s.Name).ToList();

        Assert.That(schemas, Has.Count.GreaterThan(40), "the document should list the contract schemas");
        Assert.That(schemas.Select(s => s.Name), Has.Some.StartsWith("PageOf"));
        Assert.That(missing, Is.Empty, "schemas without an example");
    }

    [Test]
    public async Task OpenApiDocument_EveryExample_HoldsItsSchemasRequiredProperties()
    {
        var problems = new List<string>();
        foreach (var (name, schema) in await ContractSchemasAsync())
        {
            if (!schema.TryGetProperty("example", out var example))
            {
                continue;
            }

            if (example.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{name}: example is {example.ValueKind}, not an object");
                continue;
            }

            var required = schema.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(r => r.GetString()!) : [];
            problems.AddRange(required.Where(r => !example.TryGetProperty(r, out _)).Select(r => $"{name}: example lacks required '{r}'"));

            // Names the schema does not know would be rejected by the API (unknown properties are errors).
            if (schema.TryGetProperty("properties", out var properties))
            {
                problems.AddRange(example.EnumerateObject().Where(p => !properties.TryGetProperty(p.Name, out _))
                    .Select(p => $"{name}: example has unknown property '{p.Name}'"));
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task OpenApiDocument_ActionExample_IsTheDemoPlansFirstAction()
    {
        var document = await GetJsonAsync<JsonElement>("/openapi/v1.json");
        var example = document.GetProperty("components").GetProperty("schemas").GetProperty("ActionDto").GetProperty("example");

        Assert.That(example.GetProperty("referenceCode").GetString(), Is.EqualTo("SYV-1.1"));
        Assert.That(example.GetProperty("status").GetString(), Is.EqualTo("InProgress"), "enums are written by name");
        Assert.That(example.GetProperty("timescale").GetProperty("dueDate").GetString(), Is.EqualTo("2019-09-30"));
        Assert.That(example.GetProperty("rating").GetProperty("derived").GetString(), Is.EqualTo("Red"));
    }
}
