using DeliveryTracker.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents who may call each operation: the security schemes (session cookie, single sign-on bearer token, API key, update link),
/// each operation's requirement, and its policy by name in <c>x-authorization-policy</c> ("anonymous" for the few
/// open operations). The test that every endpoint has a policy reads this.
/// </summary>
internal sealed class AuthorizationOperationTransformer : IOpenApiOperationTransformer
{
    public const string PolicyExtension = "x-authorization-policy";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policy = metadata.OfType<IAllowAnonymous>().Any()
            ? "anonymous"
            : metadata.OfType<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault(p => p is not null);
        if (policy is null)
        {
            return Task.CompletedTask;
        }

        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[PolicyExtension] = new JsonNodeExtension(policy);
        if (policy == "anonymous")
        {
            operation.Security = [];
            return Task.CompletedTask;
        }

        if (policy == Policies.UseUpdateLink)
        {
            operation.Security = [Requirement("updateLink", context.Document)];
            return Task.CompletedTask;
        }

        operation.Security = [Requirement("cookie", context.Document), Requirement("bearer", context.Document)];
        if (Policies.AcceptsApiKeys(policy))
        {
            operation.Security.Add(Requirement("apiKey", context.Document));
        }

        return Task.CompletedTask;
    }

    public static void AddSchemes(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            ["cookie"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "DeliveryTracker.Session",
                Description = "The SPA's session, from POST /api/v1/auth/sign-in. Unsafe methods also need the X-XSRF-TOKEN header (the XSRF-TOKEN cookie's value).",
            },
            ["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from the organisation's identity provider (single sign-on), when configured; roles from its roles claim. "
                    + "Validated as RFC8725 (JWT best current practices) asks: a signature by the provider's published keys is required (alg none is refused), issuer and lifetime are checked, and the audience when one is configured.",
            },
            ["apiKey"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AuthSchemes.ApiKeyHeader,
                Description = "An integration's key, as X-Api-Key or Authorization: ApiKey <key>; never in the query string. Scopes: plans:read, kpis:read, reports:read, kpis:write.",
            },
            ["updateLink"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = AuthSchemes.UpdateLink,
                Description = "A partner lead's signed update link, as Authorization: UpdateLink <token> (the token is the link's part after '#'). "
                    + "Accepted only by the update-link operations; valid until it expires or a programme manager revokes it.",
            },
        };
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}
