using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DeliveryTracker.Api.Features.Audit;

/// <summary>
/// Names the values of a history entry as the API names them, not as EF stores them: the audit log records entity
/// property names (<c>ReferenceCode</c>, <c>Timescale.DueDate</c>) and link rows by type and id
/// (<c>ActionLead:0190…</c>); a client reads <c>referenceCode</c>, <c>timescale.dueDate</c> and
/// <c>leads[0190…]</c> with <c>{"isPrimary": true, …}</c>. Applied when history is read, so old entries read the same.
/// </summary>
public static class HistoryFieldNames
{
    public static JsonElement? ToApiNames(JsonElement? values, IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (values is not { ValueKind: JsonValueKind.Object } recorded)
        {
            return values;
        }

        var renamed = new JsonObject();
        foreach (var property in recorded.EnumerateObject())
        {
            var value = JsonNode.Parse(property.Value.GetRawText());
            var colon = property.Name.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                renamed[$"{LinkCollection(property.Name[..colon], model)}[{property.Name[(colon + 1)..]}]"] = CamelCaseKeys(value);
            }
            else
            {
                renamed[CamelCasePath(property.Name)] = value;
            }
        }

        return JsonSerializer.SerializeToElement(renamed);
    }

    private static string CamelCasePath(string path) => string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>The collection a link row appears in on its owner: <c>ActionLead</c> → <c>leads</c> (PlanAction.Leads).</summary>
    private static string LinkCollection(string linkType, IModel model) =>
        model.GetEntityTypes().FirstOrDefault(e => e.ClrType.Name == linkType)?
            .GetForeignKeys().Select(fk => fk.PrincipalToDependent?.Name).FirstOrDefault(n => n is not null) is { } navigation
            ? JsonNamingPolicy.CamelCase.ConvertName(navigation)
            : JsonNamingPolicy.CamelCase.ConvertName(linkType);

    private static JsonNode? CamelCaseKeys(JsonNode? node)
    {
        if (node is not JsonObject values)
        {
            return node;
        }

        var renamed = new JsonObject();
        foreach (var (key, value) in values.ToList())
        {
            values.Remove(key);
            renamed[JsonNamingPolicy.CamelCase.ConvertName(key)] = value;
        }

        return renamed;
    }
}
