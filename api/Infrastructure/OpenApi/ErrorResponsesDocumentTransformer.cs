using System.Globalization;
using DeliveryTracker.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Declares the responses that middleware gives rather than handlers, each as RFC 9457 problem details: 401 and 403
/// on every operation behind a policy (authentication and authorization answer before the handler), 429 on every
/// operation (requests made with an API key are counted whatever the endpoint; sign-in attempts per address), 500
/// from the exception handler. Every 2xx and 4xx response declares the rate-limit headers
/// (<see cref="RateLimits"/>), which come on requests that count against a limit.
/// </summary>
/// <remarks>
/// Runs after the operation transformers: the policy comes from <see cref="AuthorizationOperationTransformer"/>'s
/// <c>x-authorization-policy</c>. Responses an endpoint declares itself are left as they are.
/// </remarks>
internal sealed class ErrorResponsesDocumentTransformer : IOpenApiDocumentTransformer
{
    private const string ProblemJson = "application/problem+json";
    private const string RetryAfter = "Retry-After";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Headers[RateLimits.LimitHeader] = Header(
            "The requests allowed per minute to this caller: per API key, or sign-in attempts per client address. Sent only on requests that count against a limit.",
            minimum: 1);
        document.Components.Headers[RateLimits.RemainingHeader] = Header(
            "How many of those requests are left in the current minute. Sent with " + RateLimits.LimitHeader + ".",
            minimum: 0);
        document.Components.Headers[RetryAfter] = Header("Seconds until the caller's limit renews (the window is one minute).", minimum: 1, maximum: 60);

        // The problem schemas are the framework's; their status is an HTTP status code.
        foreach (var problem in new[] { "ProblemDetails", "HttpValidationProblemDetails" })
        {
            if (document.Components.Schemas?.TryGetValue(problem, out var schema) == true
                && schema.Properties?.TryGetValue("status", out var property) == true && property is OpenApiSchema status)
            {
                (status.Minimum, status.Maximum) = ("100", "599");
            }
        }

        foreach (var (method, operation) in document.Paths.Values.SelectMany(p => p.Operations ?? []))
        {
            operation.Responses ??= [];
            var anonymous = operation.Extensions?.TryGetValue(AuthorizationOperationTransformer.PolicyExtension, out var policy) == true
                && policy is JsonNodeExtension { Node: var node } && node.GetValue<string>() == "anonymous";
            if (!anonymous)
            {
                Add(operation, document, StatusCodes.Status401Unauthorized,
                    "Not signed in, or the credential is not valid (expired session or token, unknown, expired or revoked API key or update link).");
                var unsafeMethod = method != HttpMethod.Get && method != HttpMethod.Head;
                Add(operation, document, StatusCodes.Status403Forbidden,
                    "Signed in, but the caller's roles or the key's scopes do not allow this"
                    + (unsafeMethod ? "; or a cookie request without a valid X-XSRF-TOKEN header." : "."));
            }

            Add(operation, document, StatusCodes.Status429TooManyRequests,
                "Too many requests from this API key (or sign-in attempts or update-link requests from this address) this minute; retry after Retry-After seconds.");
            Add(operation, document, StatusCodes.Status500InternalServerError,
                "An unexpected error; the problem carries no internal detail outside Development.");

            foreach (var (code, response) in operation.Responses)
            {
                if (response is OpenApiResponse concrete && (code.StartsWith('2') || code.StartsWith('4')))
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers.TryAdd(RateLimits.LimitHeader, new OpenApiHeaderReference(RateLimits.LimitHeader, document));
                    concrete.Headers.TryAdd(RateLimits.RemainingHeader, new OpenApiHeaderReference(RateLimits.RemainingHeader, document));
                    if (code == "429")
                    {
                        concrete.Headers.TryAdd(RetryAfter, new OpenApiHeaderReference(RetryAfter, document));
                    }
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiDocument document, int status, string description)
    {
        var code = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(code))
        {
            return; // the endpoint declared it (.ProducesProblem)
        }

        operation.Responses[code] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
            },
        };
    }

    private static OpenApiHeader Header(string description, int minimum, int maximum = int.MaxValue) => new()
    {
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = minimum.ToString(CultureInfo.InvariantCulture),
            Maximum = maximum.ToString(CultureInfo.InvariantCulture),
        },
    };
}
