using AutoMapper;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Security;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.ApiKeys;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.ApiKeys;

/// <summary>API keys for integrations, for administrators: create (the key is shown once), list, read, revoke.</summary>
public static class ApiKeyEndpoints
{
    /// <summary>Keys are rotated at least every two years.</summary>
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(731);

    public static IEndpointRouteBuilder MapApiKeyEndpoints(this IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/api-keys").WithTags("ApiKeys");

        keys.MapPost("/", CreateApiKey)
            .WithName("CreateApiKey")
            .WithSummary("Create an API key; the response carries the key, shown this once")
            .WithDescription("Only a hash of the key is stored: a lost key cannot be shown again, only revoked and replaced.")
            .RequireAuthorization(Policies.Administer)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        keys.MapGet("/", ListApiKeys)
            .WithName("ListApiKeys")
            .WithSummary("List API keys in the order they were created, with their last use")
            .RequireAuthorization(Policies.Administer)
            .ProducesValidationProblem();

        keys.MapGet("/{apiKeyId:guid}", GetApiKey)
            .WithName("GetApiKey")
            .WithSummary("Get an API key's record (never the key)")
            .RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound);

        keys.MapDelete("/{apiKeyId:guid}", RevokeApiKey)
            .WithName("RevokeApiKey")
            .WithSummary("Revoke an API key: it stops working at once; its record stays for the log")
            .RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Created<CreatedApiKeyDto>> CreateApiKey(
        CreateApiKeyRequest request, TrackerDbContext db, IMapper mapper, SecurityLog securityLog, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (request.ExpiresAt <= now || request.ExpiresAt > now + MaxLifetime)
        {
            throw new RequestValidationException("expiresAt", "The expiry must be in the future and at most two years ahead.");
        }

        var name = request.Name.Trim();
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            throw new ConflictException($"There is already an API key named {name}.");
        }

        var (secret, prefix, hash) = ApiKeySecret.Create();
        var key = new ApiKey
        {
            Name = name,
            Prefix = prefix,
            Hash = hash,
            Scopes = request.Scopes.Distinct().Order().ToList(),
            CreatedAt = now,
            CreatedBy = http.User.Identity!.Name!,
            ExpiresAt = request.ExpiresAt.ToUniversalTime(),
        };
        db.ApiKeys.Add(key);
        securityLog.Add(SecurityEventKind.ApiKeyCreated, key.CreatedBy, name, $"Scopes: {string.Join(", ", key.Scopes.Select(Policies.ScopeName))}; expires {key.ExpiresAt:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        EntityTag.Set(http, key.Version);
        return TypedResults.Created($"/api/v1/api-keys/{key.Id}", new CreatedApiKeyDto(secret, mapper.Map<ApiKeyDto>(key)));
    }

    public static async Task<Ok<Page<ApiKeyDto>>> ListApiKeys(TrackerDbContext db, IMapper mapper, HttpContext http, [AsParameters] PageParameters page, CancellationToken cancellationToken) =>
        TypedResults.Ok(await CreationOrder.PageAsync<ApiKey, ApiKeyDto>(db.ApiKeys, mapper, k => k.Id, http, page, cancellationToken));

    public static async Task<Results<Ok<ApiKeyDto>, NotFound>> GetApiKey(Guid apiKeyId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == apiKeyId, cancellationToken);
        if (key is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, key.Version);
        return TypedResults.Ok(mapper.Map<ApiKeyDto>(key));
    }

    /// <summary>Revoking twice is fine: the key stays revoked from the first time.</summary>
    public static async Task<Results<NoContent, NotFound>> RevokeApiKey(
        Guid apiKeyId, TrackerDbContext db, SecurityLog securityLog, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == apiKeyId, cancellationToken);
        if (key is null)
        {
            return TypedResults.NotFound();
        }

        if (key.RevokedAt is null)
        {
            key.RevokedAt = time.GetUtcNow();
            securityLog.Add(SecurityEventKind.ApiKeyRevoked, http.User.Identity!.Name!, key.Name);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
