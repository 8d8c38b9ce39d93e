using DeliveryTracker.Api.Infrastructure;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Database;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// Hangfire on the service's PostgreSQL (its own <c>hangfire</c> schema), a server in this process unless
/// <c>Jobs:RunServer</c> is false, and the dashboard at <c>/hangfire</c> for administrators only. The schema is installed
/// once at start-up under an advisory lock (never by the storage itself, which two instances starting together would
/// race), and nothing of Hangfire runs during OpenAPI document generation.
/// </summary>
public static class JobsSetup
{
    public const string DashboardPath = "/hangfire";

    public const string Schema = "hangfire";

    public static IServiceCollection AddTrackerJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new();
        services.AddSingleton(options);
        // The storage is a singleton of this app's container, not Hangfire's global JobStorage.Current: several hosts in
        // one process (the tests) must each keep their own database.
        services.AddSingleton<JobStorage>(provider => new PostgreSqlStorage(
            new NpgsqlConnectionFactory(provider.GetRequiredService<TrackerConnection>().ConnectionString, new PostgreSqlStorageOptions()),
            StorageOptions(options)));
        // Likewise the activator: Hangfire.AspNetCore's default is the global JobActivator.Current, which the last host
        // configured would own, so a job queued in one host's database would be built from another host's services
        // (its database, its clock). This one resolves jobs from this app's own container.
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogProvider(provider.GetRequiredService<ILoggerFactory>())));

        if (!BuildContext.IsDocumentGeneration)
        {
            services.AddSingleton<JobStoragePreparation>();
            services.AddHostedService(provider => provider.GetRequiredService<JobStoragePreparation>());
        }

        services.AddScoped<InAppDeliveryJob>();
        services.AddScoped<EmailDeliveryJob>();
        services.AddScoped<DeliverySweepJob>();

        if (options.RunServer && !BuildContext.IsDocumentGeneration)
        {
            services.AddHangfireServer((provider, server) =>
            {
                // Hangfire's own providers plus this app's delivery retries, for this server only (not GlobalJobFilters).
                server.FilterProvider = new JobFilterProviderCollection(JobFilterProviders.Providers, new DeliveryRetryFilterProvider(options));
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.PollInterval;
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        return services;
    }

    /// <summary>
    /// Installs Hangfire's schema and registers the recurring jobs before the app serves; when the database cannot be
    /// reached, <see cref="JobStoragePreparation"/> goes on trying in the background.
    /// </summary>
    public static async Task PrepareJobStorageAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (BuildContext.IsDocumentGeneration)
        {
            return;
        }

        await app.Services.GetRequiredService<JobStoragePreparation>().PrepareAsync(cancellationToken);
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

    private static PostgreSqlStorageOptions StorageOptions(JobsOptions options) => new()
    {
        SchemaName = Schema,
        PrepareSchemaIfNecessary = false,
        QueuePollInterval = options.PollInterval,
    };
}
