using System.Diagnostics;

namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>Registers RFC 9457 problem details for every error response.</summary>
public static class ProblemDetailsSetup
{
    public static IServiceCollection AddTrackerProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // A trace id lets support find the log lines of a failed request without exposing internals.
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }
}
