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
                CamelCaseFieldNames(validation.Errors);
            }
        });
        // After the framework's writer, so it is used only where that one declines (an Accept without JSON).
        services.AddSingleton<IProblemDetailsWriter, AlwaysJsonProblemWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    /// <summary>
    /// Annotation validation names fields by their C# names ("Title", "Leads[0].LeadId"); clients send camelCase JSON,
    /// so errors are keyed the way the client wrote the field ("title", "leads[0].leadId"). JSON paths ("$.x") and
    /// header names ("Idempotency-Key") are left as they are.
    /// </summary>
    private static void CamelCaseFieldNames(IDictionary<string, string[]> errors)
    {
        foreach (var key in errors.Keys.Where(k => k.Length > 0 && char.IsUpper(k[0]) && !k.Contains('-', StringComparison.Ordinal)).ToList())
        {
            var camel = string.Join('.', key.Split('.').Select(part => part.Length > 0 ? char.ToLowerInvariant(part[0]) + part[1..] : part));
            var messages = errors[key];
            errors.Remove(key);
            errors[camel] = errors.TryGetValue(camel, out var existing) ? [.. existing, .. messages] : messages;
        }
    }
}
