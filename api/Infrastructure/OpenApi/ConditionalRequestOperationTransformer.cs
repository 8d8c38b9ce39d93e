using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents the request headers the API's write rules depend on: <c>If-Match</c> (required) on PUT, PATCH and DELETE
/// of versioned resources, and the optional <c>Idempotency-Key</c> on POST.
/// </summary>
internal sealed class ConditionalRequestOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.HttpMethod;
        var needsIfMatch = operation.Responses?.ContainsKey("428") == true;
        if (needsIfMatch)
        {
            // Anything longer than a weak form of the longest ETag (W/"4294967295") is refused with 412.
            Add(operation, "If-Match", required: true, maxLength: Concurrency.EntityTag.MaxLength + 2, "The ETag of the version you last read (from a GET). Missing → 428; not current → 412 with the current version.");
        }
        else if (string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase)
            && !context.Description.ActionDescriptor.EndpointMetadata.OfType<Idempotency.NoIdempotencyKey>().Any())
        {
            Add(operation, Idempotency.IdempotencyMiddleware.HeaderName, required: false, Idempotency.IdempotencyMiddleware.MaxKeyLength, $"Any unique string (≤ {Idempotency.IdempotencyMiddleware.MaxKeyLength} characters) chosen by the client. A retry with the same key and body replays the first response instead of creating again; the same key with a different body → 422.");
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, string name, bool required, int? maxLength, string description)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
        });
    }
}
