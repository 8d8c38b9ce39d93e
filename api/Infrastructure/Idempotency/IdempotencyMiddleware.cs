using System.Security.Cryptography;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Auditing;
using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Infrastructure.Idempotency;

/// <summary>
/// Makes POSTs under <c>/api</c> safe to retry: the first request with an <c>Idempotency-Key</c> is processed and its
/// response stored; a retry with the same key and body gets that response again (with <c>Idempotency-Replayed: true</c>)
/// and creates nothing; the same key with another body → 422; while the first is still running → 409.
/// </summary>
/// <remarks>
/// The claim on a key is committed before the handler runs, so two instances receiving the same retry at once cannot
/// both process it. Server errors (5xx) release the key so the client can retry. A claim older than
/// <see cref="AbandonedAfter"/> without a response belonged to a process that died and may be taken over.
/// Keys are kept for <see cref="Retention"/>.
/// </remarks>
public sealed class IdempotencyMiddleware(RequestDelegate next, TimeProvider time)
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxKeyLength = 200;
    private const long MaxBodyBytes = 1024 * 1024;
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.Request.Headers[HeaderName].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.GetEndpoint()?.Metadata.GetMetadata<NoIdempotencyKey>() is not null)
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength)
        {
            throw new RequestValidationException(HeaderName, $"The key must be at most {MaxKeyLength} characters.");
        }

        // Resolved only here: every other request passes through without creating a DbContext.
        var db = context.RequestServices.GetRequiredService<TrackerDbContext>();
        var actor = context.RequestServices.GetRequiredService<AuditActor>();
        var scope = $"{actor.Name} POST {context.Request.Path.Value?.ToLowerInvariant()} {key}";
        var hash = await HashBodyAsync(context.Request);
        var now = time.GetUtcNow();

        if (!await ClaimAsync(db, scope, hash, now, context.RequestAborted))
        {
            await ReplayAsync(context, db, scope, hash);
            return;
        }

        var originalBody = context.Response.Body;
        await using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            await ReleaseAsync(db, scope);
            throw;
        }
        finally
        {
            context.Response.Body = originalBody;
        }

        if (context.Response.StatusCode >= 500)
        {
            await ReleaseAsync(db, scope);
        }
        else
        {
            await db.IdempotencyRecords.Where(r => r.Scope == scope).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.ResponseStatus, context.Response.StatusCode)
                .SetProperty(r => r.ResponseContentType, context.Response.ContentType)
                .SetProperty(r => r.ResponseLocation, context.Response.Headers.Location.ToString())
                .SetProperty(r => r.ResponseETag, context.Response.Headers.ETag.ToString())
                .SetProperty(r => r.ResponseBody, captured.ToArray()), CancellationToken.None);
        }

        captured.Position = 0;
        await captured.CopyToAsync(originalBody, context.RequestAborted);
    }

    /// <summary>Inserts the claim, or takes over an expired or abandoned one. False when someone else holds the key.</summary>
    private static async Task<bool> ClaimAsync(TrackerDbContext db, string scope, string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expires = now + Retention;
        var abandoned = now - AbandonedAfter;
        var claimed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO idempotency_records (scope, request_hash, created_at, expires_at)
            VALUES ({scope}, {hash}, {now}, {expires})
            ON CONFLICT (scope) DO UPDATE
              SET request_hash = excluded.request_hash, created_at = excluded.created_at, expires_at = excluded.expires_at,
                  response_status = NULL, response_content_type = NULL, response_location = NULL, response_e_tag = NULL, response_body = NULL
              WHERE idempotency_records.expires_at < {now}
                 OR (idempotency_records.response_status IS NULL AND idempotency_records.created_at < {abandoned})
            """,
            cancellationToken);
        return claimed == 1;
    }

    private static async Task ReplayAsync(HttpContext context, TrackerDbContext db, string scope, string hash)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Scope == scope, context.RequestAborted);
        if (record.RequestHash != hash)
        {
            throw new IdempotencyKeyReusedException();
        }

        if (record.ResponseStatus is not { } status)
        {
            throw new ConflictException("A request with this Idempotency-Key is still being processed. Retry in a moment.");
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = record.ResponseContentType;
        if (!string.IsNullOrEmpty(record.ResponseLocation))
        {
            context.Response.Headers.Location = record.ResponseLocation;
        }

        if (!string.IsNullOrEmpty(record.ResponseETag))
        {
            context.Response.Headers.ETag = record.ResponseETag;
        }

        context.Response.Headers["Idempotency-Replayed"] = "true";
        await context.Response.Body.WriteAsync(record.ResponseBody ?? [], context.RequestAborted);
    }

    private static async Task ReleaseAsync(TrackerDbContext db, string scope) =>
        await db.IdempotencyRecords.Where(r => r.Scope == scope && r.ResponseStatus == null).ExecuteDeleteAsync(CancellationToken.None);

    private static async Task<string> HashBodyAsync(HttpRequest request)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash);
    }
}
