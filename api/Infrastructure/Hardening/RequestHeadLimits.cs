using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DeliveryTracker.Api.Infrastructure.Hardening;

/// <summary>
/// Refuses an over-long URL (414) or over-large headers (431) with a problem, like every other error. Kestrel answers
/// those itself, before any middleware, with an empty body; so its own limits are set to twice the service's and this
/// middleware enforces the service's, where problem details can be written. Only a request past Kestrel's doubled
/// limits still gets Kestrel's bare answer.
/// </summary>
/// <remarks>
/// Service limits: a request target (path and query) of 8 KiB, 100 header fields and <c>Limits:MaxRequestHeaderBytes</c>
/// of headers (default 32 KiB) — Kestrel's defaults. Raise the last for a sign-in provider whose tokens are larger.
/// </remarks>
public sealed class RequestHeadLimits(RequestDelegate next, IConfiguration configuration)
{
    public const int MaxTargetBytes = 8 * 1024;

    public const int MaxHeaderCount = 100;

    private readonly int _maxHeaderBytes = MaxHeaderBytes(configuration);

    /// <summary>Kestrel's limits, above the service's so that the service, not Kestrel, answers first.</summary>
    public static void ConfigureServer(WebHostBuilderContext context, KestrelServerOptions kestrel)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(kestrel);
        kestrel.Limits.MaxRequestLineSize = 2 * MaxTargetBytes;
        kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxHeaderBytes(context.Configuration);
        kestrel.Limits.MaxRequestHeaderCount = 2 * MaxHeaderCount;
    }

    /// <summary>The header block the service reads (<c>Limits:MaxRequestHeaderBytes</c>, default 32 KiB); more gets 431.</summary>
    public static int MaxHeaderBytes(IConfiguration configuration) => configuration.GetValue("Limits:MaxRequestHeaderBytes", 32 * 1024);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw.Length
            : (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0);
        if (target > MaxTargetBytes)
        {
            await ProblemWriter.WriteAsync(context, StatusCodes.Status414UriTooLong, "The URL is too long.",
                $"URLs (path and query string) are limited to {MaxTargetBytes} bytes; this one has {target}. Send fewer or shorter query parameters.");
            return;
        }

        var headers = context.Request.Headers;
        var headerBytes = headers.Sum(h => h.Key.Length + h.Value.Sum(v => (v?.Length ?? 0) + 4));
        if (headers.Count > MaxHeaderCount || headerBytes > _maxHeaderBytes)
        {
            await ProblemWriter.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large.",
                $"Requests may have up to {MaxHeaderCount} header fields and {_maxHeaderBytes} bytes of headers; this one has {headers.Count} fields and about {headerBytes} bytes.");
            return;
        }

        await next(context);
    }
}
