using System.Text.Json;

namespace DeliveryTracker.Tests.Infrastructure.Requests;

/// <summary>The operations of the running API's OpenAPI document, for tests that hold one rule over every operation.</summary>
public sealed record OpenApiOperations(IReadOnlyList<OpenApiOperation> Items)
{
    public static async Task<OpenApiOperations> ReadAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var items = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => new OpenApiOperation(
                operation.Name.ToUpperInvariant(),
                path.Name,
                operation.Value.GetProperty("operationId").GetString()!,
                QueryParameters(operation.Value, schemas),
                operation.Value.GetProperty("responses").EnumerateObject()
                    .Where(r => r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out _))
                    .SelectMany(r => r.Value.GetProperty("content").EnumerateObject().Select(c => c.Name))
                    .Distinct()
                    .ToList(),
                operation.Value.TryGetProperty("x-authorization-policy", out var policy) ? policy.GetString() : null)))
            .ToList();
        return new OpenApiOperations(items);
    }

    /// <summary>Query parameter name → its enum values (empty when it is not an enum or a list of one).</summary>
    private static Dictionary<string, IReadOnlyList<string>> QueryParameters(JsonElement operation, JsonElement schemas) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "query")
                .ToDictionary(p => p.GetProperty("name").GetString()!, p => EnumValues(p.GetProperty("schema"), schemas))
            : [];

    private static IReadOnlyList<string> EnumValues(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("items", out var items))
        {
            return EnumValues(items, schemas);
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return EnumValues(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas);
        }

        if (schema.TryGetProperty("allOf", out var allOf) || schema.TryGetProperty("oneOf", out allOf) || schema.TryGetProperty("anyOf", out allOf))
        {
            return allOf.EnumerateArray().SelectMany(s => EnumValues(s, schemas)).ToList();
        }

        return schema.TryGetProperty("enum", out var values)
            ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
    }
}
