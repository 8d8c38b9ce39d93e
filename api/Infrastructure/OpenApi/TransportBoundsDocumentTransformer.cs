using DeliveryTracker.Api.Infrastructure.Hardening;
using DeliveryTracker.Api.Infrastructure.Paging;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Writes the limits that the wire format and the server already hold every value to: a uuid is 36 characters, a date
/// 10, a date-time 33 (<c>2019-10-14T09:30:00.0000000+01:00</c>); a page size is 1–<see cref="Keyset.MaxLimit"/>; a
/// cursor at most <see cref="Keyset.MaxCursorLength"/>. Other query and header values are bounded by what the service reads
/// at all (<see cref="RequestHeadLimits"/>: the request target and the header block; longer requests get 414 and 431), integers in the query by their
/// 32-bit binding.
/// </summary>
/// <remarks>
/// Body schemas get no such blanket limit: their strings, integers and lists are bounded by validation attributes and
/// <see cref="ResponseBoundsSchemaTransformer"/>, so a new unbounded field fails the lint instead of passing silently.
/// </remarks>
internal sealed class TransportBoundsDocumentTransformer : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, int> FormatLengths = new(StringComparer.Ordinal)
    {
        ["uuid"] = 36,
        ["date"] = 10,
        ["date-time"] = 33,
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var maxHeaderBytes = RequestHeadLimits.MaxHeaderBytes(context.ApplicationServices.GetRequiredService<IConfiguration>());
        var visited = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            Formats(schema, visited);
        }

        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter.Schema is not OpenApiSchema schema)
                {
                    continue;
                }

                Formats(schema, visited);
                var wireLength = parameter.In == ParameterLocation.Header ? maxHeaderBytes : RequestHeadLimits.MaxTargetBytes;
                Parameter(parameter.Name ?? string.Empty, schema, wireLength);
            }

            foreach (var content in (operation.RequestBody?.Content?.Values ?? []).Concat(operation.Responses?.Values.SelectMany(r => r.Content?.Values ?? []) ?? []))
            {
                if (content.Schema is OpenApiSchema schema)
                {
                    Formats(schema, visited);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void Parameter(string name, OpenApiSchema schema, int wireLength)
    {
        if (string.Equals(name, "limit", StringComparison.OrdinalIgnoreCase) && schema.Maximum is null)
        {
            schema.Minimum = "1";
            schema.Maximum = Keyset.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (string.Equals(name, "cursor", StringComparison.OrdinalIgnoreCase) && schema.MaxLength is null)
        {
            schema.MaxLength = Keyset.MaxCursorLength;
        }
        else if (Is(schema, JsonSchemaType.String) && schema.MaxLength is null && schema.Enum is not { Count: > 0 })
        {
            schema.MaxLength = wireLength;
        }
        else if (Is(schema, JsonSchemaType.Integer) && schema.Minimum is null && schema.Maximum is null && schema.Format == "int32")
        {
            schema.Minimum = int.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
            schema.Maximum = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (Is(schema, JsonSchemaType.Array) && schema.MaxItems is null)
        {
            // Each repetition takes at least "name=x&".
            schema.MaxItems = wireLength / (name.Length + 3);
        }
    }

    private static void Formats(IOpenApiSchema? candidate, HashSet<OpenApiSchema> visited)
    {
        if (candidate is not OpenApiSchema schema || !visited.Add(schema))
        {
            return;
        }

        if (Is(schema, JsonSchemaType.String) && schema.MaxLength is null && schema.Format is { } format
            && FormatLengths.TryGetValue(format, out var length))
        {
            schema.MaxLength = length;
        }

        Formats(schema.Items, visited);
        Formats(schema.AdditionalProperties, visited);
        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
        {
            Formats(child, visited);
        }
    }

    private static bool Is(OpenApiSchema schema, JsonSchemaType type) => schema.Type is { } t && t.HasFlag(type);
}
