using Microsoft.AspNetCore.Mvc;

namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>
/// Writes a problem from middleware that answers before any endpoint runs (authentication challenges, rate limits,
/// body limits), where throwing for <see cref="ProblemExceptionHandler"/> is not possible. Handlers throw instead.
/// </summary>
public static class ProblemWriter
{
    /// <summary>Writes a problem with <paramref name="extensions"/> (e.g. a machine-readable <c>reason</c> a client can branch on) added to its members.</summary>
    public static async ValueTask WriteAsync(HttpContext context, int status, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        });
    }
}
