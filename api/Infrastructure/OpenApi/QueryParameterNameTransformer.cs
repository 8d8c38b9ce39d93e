using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Writes every query parameter's name in camelCase, as the API's JSON and its own error messages name them: an
/// <c>[AsParameters]</c> record's properties (<c>PlanId</c>) otherwise appear under their C# names. The binder
/// matches query names case-insensitively, so the contract changes only in spelling.
/// </summary>
internal sealed class QueryParameterNameTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query) ?? [])
        {
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
        }

        return Task.CompletedTask;
    }
}
