using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Writes a nullable enum property (<c>RagRating? Derived</c>) the way OpenAPI 3.0 tools read it:
/// <c>allOf: [$ref] + nullable: true</c>.
/// </summary>
/// <remarks>
/// The generator writes such a property as <c>oneOf: [{nullable: true, enum: [null]}, {$ref}]</c> (dotnet/aspnetcore#66295)
/// and NSwag then invents an empty class per property (<c>interface Derived { [key: string]: any }</c>)
/// instead of using the enum. OpenAPI.NET only writes <c>nullable</c> next to a <c>type</c>, which a reference has
/// none of, so it goes in as an extension with the keyword's own name.
/// </remarks>
internal sealed class NullableEnumDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            foreach (var (name, property) in schema.Properties?.ToList() ?? [])
            {
                if (property is OpenApiSchema { OneOf: [var first, OpenApiSchemaReference reference] } && IsNull(first))
                {
                    schema.Properties![name] = new OpenApiSchema
                    {
                        AllOf = [reference],
                        Description = property.Description,
                        Extensions = new Dictionary<string, IOpenApiExtension> { ["nullable"] = new JsonNodeExtension(JsonValue.Create(true)) },
                    };
                }
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsNull(IOpenApiSchema schema) =>
        schema.Type == JsonSchemaType.Null || schema.Enum is [null];
}
