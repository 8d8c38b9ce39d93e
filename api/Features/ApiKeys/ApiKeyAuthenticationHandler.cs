using System.Security.Claims;
using System.Text.Encodings.Web;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Security;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Contracts.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeliveryTracker.Api.Features.ApiKeys;

/// <summary>
/// Authenticates <c>Authorization: ApiKey …</c> or <c>X-Api-Key: …</c>. Never the query string: keys there end up in
/// proxy and server logs. A key works until it expires or is revoked, checked on every request (no cache, so a
/// revocation takes effect at once). Its principal carries its scopes and no roles.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TrackerDbContext db,
    SecurityLog securityLog,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>How stale <see cref="ApiKey.LastUsedAt"/> may get: a busy feed writes it (and logs a use) once a minute, not per request.</summary>
    private static readonly TimeSpan UseRecordInterval = TimeSpan.FromMinutes(1);

    private const string RefusalItem = "api-key-refusal";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var prefix = ApiKeySecret.PrefixOf(presented);
        var key = prefix is null ? null : await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        var now = time.GetUtcNow();
        var refusal = key switch
        {
            null => "The API key is not valid.",
            _ when !ApiKeySecret.Matches(presented, key.Hash) => "The API key is not valid.",
            { RevokedAt: not null } => "The API key has been revoked.",
            _ when key.ExpiresAt <= now => "The API key has expired.",
            _ => null,
        };
        if (refusal is not null)
        {
            Context.Items[RefusalItem] = refusal;
            await securityLog.WriteAsync(SecurityEventKind.ApiKeyRejected, "anonymous", key?.Name ?? prefix ?? "(malformed key)", refusal, Context.RequestAborted);
            return AuthenticateResult.Fail(refusal);
        }

        await RecordUseAsync(key!, now);
        var identity = new ClaimsIdentity(AuthSchemes.ApiKey, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, $"api-key:{key!.Name}"));
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, key.Id.ToString()));
        identity.AddClaims(key.Scopes.Select(s => new Claim(Policies.ScopeClaim, Policies.ScopeName(s))));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSchemes.ApiKey));
    }

    /// <summary>A 401 that says why the key was refused (unknown, revoked, expired); it tells nothing a key holder does not know.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "ApiKey";
        await ProblemWriter.WriteAsync(
            Context,
            StatusCodes.Status401Unauthorized,
            "Authentication required.",
            Context.Items[RefusalItem] as string ?? "Send a valid API key as 'Authorization: ApiKey <key>' or 'X-Api-Key: <key>'.");
    }

    private static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("ApiKey ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["ApiKey ".Length..].Trim();
        }

        return request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var header) ? header.ToString().Trim() : null;
    }

    private async Task RecordUseAsync(ApiKey key, DateTimeOffset now)
    {
        if (key.LastUsedAt is { } last && now - last < UseRecordInterval)
        {
            return;
        }

        // Conditional, so of several instances seeing the same stale time only one records the use.
        var threshold = now - UseRecordInterval;
        var updated = await db.ApiKeys
            .Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt < threshold))
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        if (updated == 1)
        {
            await securityLog.WriteAsync(SecurityEventKind.ApiKeyUsed, $"api-key:{key.Name}", key.Name, $"{Request.Method} {Request.Path}", Context.RequestAborted);
        }
    }
}
