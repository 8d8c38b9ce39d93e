using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace DeliveryTracker.Api.Infrastructure.Hardening;

/// <summary>
/// Caps request bodies at <c>Limits:MaxRequestBodyBytes</c> (default 1 MiB: the largest plan update is a few KiB).
/// A declared length over the cap is refused at once with 413 as problem details; a chunked body is cut off by the
/// server's own limit, set to the same value here.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _maxBytes = configuration.GetValue("Limits:MaxRequestBodyBytes", 1024L * 1024);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = _maxBytes;
        }

        if (context.Request.ContentLength > _maxBytes)
        {
            await ProblemWriter.WriteAsync(
                context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.", $"Bodies are limited to {_maxBytes} bytes; this one declares {context.Request.ContentLength}.");
            return;
        }

        await next(context);
    }
}
