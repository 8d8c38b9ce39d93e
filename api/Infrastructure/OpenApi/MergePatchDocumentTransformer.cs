using DeliveryTracker.Api.Infrastructure.Writes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Describes each merge-patch body as what it is: the PUT's fields with none required (<c>UpdatePlanRequest</c> →
/// <c>PlanPatch</c>), so a generated client can send one field without inventing the rest.
/// </summary>
/// <remarks>
/// The endpoint declares the PUT's request type (<see cref="WriteEndpointExtensions.AcceptsMergePatch{TRequest, TRepresentation}"/>)
/// because the patched result is checked against exactly that type; only the document's view of the body differs.
/// Nested objects keep the PUT's schema: a patch that sends one sends it whole or merges into the current one.
/// </remarks>
internal sealed class MergePatchDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return Task.CompletedTask;
        }

        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.RequestBody?.Content is not { } content
                || !content.TryGetValue(MergePatch.MediaType, out var media)
                || media.Schema is not OpenApiSchemaReference { Reference.Id: { } name })
            {
                continue;
            }

            if (!schemas.TryGetValue(name, out var put) || put is not OpenApiSchema source)
            {
                continue;
            }

            var patchName = PatchName(name);
            if (!schemas.ContainsKey(patchName))
            {
                schemas[patchName] = new OpenApiSchema
                {
                    Type = source.Type,
                    Description = $"A JSON Merge Patch (RFC 7396) of {name}: any of its fields; one left out is unchanged, null clears one that may be empty.",
                    Properties = source.Properties is null ? null : new Dictionary<string, IOpenApiSchema>(source.Properties),
                    AdditionalPropertiesAllowed = source.AdditionalPropertiesAllowed,
                };
            }

            media.Schema = new OpenApiSchemaReference(patchName, document);
        }

        return Task.CompletedTask;
    }

    /// <summary>"UpdatePlanRequest" → "PlanPatch".</summary>
    private static string PatchName(string request)
    {
        var name = request.StartsWith("Update", StringComparison.Ordinal) ? request["Update".Length..] : request;
        return (name.EndsWith("Request", StringComparison.Ordinal) ? name[..^"Request".Length] : name) + "Patch";
    }
}
