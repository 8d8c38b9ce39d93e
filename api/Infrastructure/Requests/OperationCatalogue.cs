using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Net.Http.Headers;

namespace DeliveryTracker.Api.Infrastructure.Requests;

/// <summary>
/// The <see cref="OperationContract"/> of every endpoint in the OpenAPI document, found by the endpoint's handler method
/// and HTTP method. Built once, on first use, from ApiExplorer, which expands <c>[AsParameters]</c> records exactly as
/// the binder does. Endpoints left out of the document (health checks, the SPA, the document itself) have none, and the
/// request checks leave them alone.
/// </summary>
public sealed class OperationCatalogue(IApiDescriptionGroupCollectionProvider descriptions)
{
    private static readonly MediaTypeHeaderValue ProblemJson = new("application/problem+json");

    private readonly Lazy<Dictionary<(MethodInfo, string), OperationContract>> _contracts = new(() => Build(descriptions));

    public OperationContract? Find(Endpoint? endpoint)
    {
        if (endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } method
            || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { Count: > 0 } verbs)
        {
            return null;
        }

        foreach (var verb in verbs)
        {
            if (_contracts.Value.TryGetValue((method, verb.ToUpperInvariant()), out var contract))
            {
                return contract;
            }
        }

        return null;
    }

    private static Dictionary<(MethodInfo, string), OperationContract> Build(IApiDescriptionGroupCollectionProvider descriptions)
    {
        var contracts = new Dictionary<(MethodInfo, string), OperationContract>();
        foreach (var description in descriptions.ApiDescriptionGroups.Items.SelectMany(g => g.Items))
        {
            if (description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault() is not { } method || description.HttpMethod is null)
            {
                continue;
            }

            var query = description.ParameterDescriptions
                .Where(p => p.Source == BindingSource.Query)
                .GroupBy(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => QueryParameter.For(g.Key, g.First().Type ?? typeof(string)), StringComparer.OrdinalIgnoreCase);
            var media = description.SupportedResponseTypes
                .Where(r => r.StatusCode is >= 200 and < 300)
                .SelectMany(r => r.ApiResponseFormats.Select(f => f.MediaType))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var acceptable = media.Select(m => new MediaTypeHeaderValue(MediaTypeHeaderValue.Parse(m).MediaType)).ToList();
            if (acceptable.Any(m => m.MediaType.Value?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true))
            {
                acceptable.Add(ProblemJson);
            }

            // Several API versions describe the same handler; they take the same parameters.
            contracts.TryAdd((method, description.HttpMethod.ToUpperInvariant()), new OperationContract(query, media, acceptable));
        }

        return contracts;
    }
}
