using DeliveryTracker.Api.Infrastructure;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Database;
using Hangfire;
using Hangfire.PostgreSql;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// Hangfire on the service's PostgreSQL (its own <c>hangfire</c> schema, created on first use) and its dashboard at
/// <c>/hangfire</c>, for administrators only in every environment. No jobs or server yet: the reminders work adds them
/// here, under constant ids, and never during OpenAPI document generation.
/// </summary>
public static class JobsSetup
{
    public const string DashboardPath = "/hangfire";

    public static IServiceCollection AddTrackerJobs(this IServiceCollection services)
    {
        services.AddHangfire((provider, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                options => options.UseNpgsqlConnection(provider.GetRequiredService<TrackerConnection>().ConnectionString),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }));
        return services;
    }

    /// <summary>
    /// The dashboard's own authorization filters are emptied (their default allows only local requests) and the
    /// endpoint takes the administer policy instead, so it follows the same rules as the API.
    /// </summary>
    public static void MapTrackerJobDashboard(this IEndpointRouteBuilder app)
    {
        if (BuildContext.IsDocumentGeneration)
        {
            return;
        }

        app.MapHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [], AsyncAuthorization = [], DisplayStorageConnectionString = false })
            .RequireAuthorization(Policies.Administer);
    }
}
