using Microsoft.AspNetCore.Mvc;

namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>
/// Writes a problem from middleware that answers before any endpoint runs (authentication challenges, rate limits,
/// body limits), where throwing for <see cref="ProblemExceptionHandler"/> is not possible. Handlers throw instead.
/// </summary>
public static class ProblemWriter
{
    public static async ValueTask WriteAsync(HttpContext context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
