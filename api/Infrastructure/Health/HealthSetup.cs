using DeliveryTracker.Api.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace DeliveryTracker.Api.Infrastructure.Health;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database is reachable).</summary>
public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddTrackerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<TrackerDbContext>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapTrackerHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).ExcludeFromDescription().AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
