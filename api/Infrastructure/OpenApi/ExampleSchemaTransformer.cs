using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Gives every contract schema an example from <see cref="ContractExamples"/>, serialized with the API's own JSON
/// options (camelCase, enums by name), so the example is exactly what the API reads and writes.
/// </summary>
internal sealed class ExampleSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // Keyed on the schema's type whether or not it is reached through a property: a record met only as a property
        // (ActionRatingDto, TimescaleDto, PlanSettingsDto …) never gets a whole-type call, and its component schema is
        // the one built for that property. Properties of scalar types have no example, so they are untouched.
        if (ContractExamples.For(context.JsonTypeInfo.Type) is { } example)
        {
            var options = context.ApplicationServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
            // The document is OpenAPI 3.0, whose schemas carry one `example`; `Examples` is 3.1's array keyword.
#pragma warning disable CS0618
            schema.Example = JsonSerializer.SerializeToNode(example, example.GetType(), options);
#pragma warning restore CS0618
        }

        return Task.CompletedTask;
    }
}
