using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace DeliveryTracker.Api.Infrastructure.Writes;

/// <summary>
/// The writable part of a resource's representation: what a PUT body must hold and what a merge patch is applied to.
/// </summary>
/// <remarks>
/// A client may send back what it read: <c>GET /themes/{id}</c> gives <c>{"id", "code", "title", "position", "etag", …}</c>
/// and the PUT takes <c>{"code", "title"}</c>, so the members the representation shows but the request cannot set are
/// dropped, at every depth (a lead's <c>name</c> inside <c>leads[0]</c> too). Members neither type knows are kept, so
/// the deserializer refuses them by name: a misspelt field is a 400, never silently ignored.
/// </remarks>
public static class WritableRepresentation
{
    /// <summary>Removes, in place, every member of <paramref name="body"/> that <paramref name="representation"/> shows and <paramref name="request"/> cannot set.</summary>
    public static void RemoveReadOnly(JsonObject body, JsonTypeInfo request, JsonTypeInfo representation)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(representation);
        foreach (var (name, value) in body.ToList())
        {
            var shown = Find(representation, name);
            if (Find(request, name) is not { } writable)
            {
                if (shown is not null)
                {
                    body.Remove(name);
                }

                continue;
            }

            if (shown is not null && value is not null)
            {
                RemoveReadOnly(value, request.Options.GetTypeInfo(writable.PropertyType), representation.Options.GetTypeInfo(shown.PropertyType));
            }
        }
    }

    /// <summary>The writable part of <paramref name="representation"/> (a DTO), as the JSON a PUT of <typeparamref name="TRequest"/> takes.</summary>
    public static JsonObject Of<TRequest>(object representation, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(representation);
        var shown = options.GetTypeInfo(representation.GetType());
        var body = JsonSerializer.SerializeToNode(representation, shown)!.AsObject();
        RemoveReadOnly(body, options.GetTypeInfo(typeof(TRequest)), shown);
        return body;
    }

    private static void RemoveReadOnly(JsonNode value, JsonTypeInfo request, JsonTypeInfo representation)
    {
        switch (value)
        {
            case JsonObject member when request.Kind == JsonTypeInfoKind.Object && representation.Kind == JsonTypeInfoKind.Object:
                RemoveReadOnly(member, request, representation);
                break;
            case JsonArray items when request.ElementType is { } writable && representation.ElementType is { } shown:
                var writableItem = request.Options.GetTypeInfo(writable);
                var shownItem = representation.Options.GetTypeInfo(shown);
                foreach (var item in items.OfType<JsonNode>())
                {
                    RemoveReadOnly(item, writableItem, shownItem);
                }

                break;
        }
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo type, string name) =>
        type.Kind != JsonTypeInfoKind.Object
            ? null
            : type.Properties.FirstOrDefault(p => string.Equals(p.Name, name, type.Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
}
