using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace DeliveryTracker.Api.Infrastructure.Hardening;

/// <summary>
/// Caps request bodies at <c>Limits:MaxRequestBodyBytes</c> (default 1 MiB: the largest plan update is a few KiB).
/// A declared length over the cap is refused at once with 413 as problem details; a chunked body is cut off by the
/// server's own limit, set to the same value here.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _maxBytes = configuration.GetValue("Limits:MaxRequestBodyBytes", 1024L * 1024);

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problems);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = _maxBytes;
        }

        if (context.Request.ContentLength > _maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"Bodies are limited to {_maxBytes} bytes; this one declares {context.Request.ContentLength}.",
                },
            });
            return;
        }

        await next(context);
    }
}
