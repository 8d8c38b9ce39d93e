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
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                OneStyle(validation);
            }
        });
        // After the framework's writer, so it is used only where that one declines (an Accept without JSON).
        services.AddSingleton<IProblemDetailsWriter, AlwaysJsonProblemWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    /// <summary>
    /// One error style for every 400 with <c>errors</c> (annotation validation, JSON errors, handler checks): keys are
    /// the client's JSON paths (<see cref="ErrorFieldNames"/>), messages plain English (<see cref="ValidationMessages"/>),
    /// and the title the same.
    /// </summary>
    private static void OneStyle(HttpValidationProblemDetails validation)
    {
        var errors = validation.Errors.ToList();
        validation.Errors.Clear();
        foreach (var (key, messages) in errors)
        {
            var path = ErrorFieldNames.ToClientPath(key);
            var plain = messages.Select(m => ValidationMessages.Plain(path, m));
            validation.Errors[path] = validation.Errors.TryGetValue(path, out var existing) ? [.. existing, .. plain] : [.. plain];
        }

        if (validation.Title is null or "One or more validation errors occurred.")
        {
            validation.Title = "One or more fields are not valid.";
        }
    }
}
