using DeliveryTracker.Api.Infrastructure;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Database;
using Hangfire;
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

    /// <summary>Key of the session-level advisory lock held while the schema is installed or upgraded.</summary>
    private const long SchemaLockKey = 0x4A_4F_42_53; // "JOBS"

    public static IServiceCollection AddTrackerJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new();
        services.AddSingleton(options);
        // The storage is a singleton of this app's container, not Hangfire's global JobStorage.Current: several hosts in
        // one process (the tests) must each keep their own database.
        services.AddSingleton<JobStorage>(provider => new PostgreSqlStorage(
            new NpgsqlConnectionFactory(provider.GetRequiredService<TrackerConnection>().ConnectionString, new PostgreSqlStorageOptions()),
            StorageOptions(options)));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        if (options.RunServer && !BuildContext.IsDocumentGeneration)
        {
            services.AddHangfireServer((provider, server) =>
            {
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.PollInterval;
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        return services;
    }

    /// <summary>
    /// Installs or upgrades Hangfire's schema, holding an advisory lock so a second instance starting at the same moment
    /// waits and then finds it done. Called once at start-up, after the migrations. Returns false, with a warning, when
    /// the database cannot be reached: with migrations off (<c>Database:Migrate=false</c>) nothing else at start-up
    /// needs it, and the API starts and reports not ready (<c>/health/ready</c>) rather than failing; the schema is
    /// prepared, and the recurring jobs registered, at the next start.
    /// </summary>
    public static async Task<bool> PrepareJobStorageAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (BuildContext.IsDocumentGeneration)
        {
            return false;
        }

        await using var connection = new NpgsqlConnection(app.Services.GetRequiredService<TrackerConnection>().ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            app.Logger.LogWarning(ex, "Job storage not prepared and recurring jobs not registered: the database cannot be reached ({Reason})", ex.GetBaseException().Message);
            return false;
        }

        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaLockKey})", connection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            PostgreSqlObjectsInstaller.Install(connection, Schema);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({SchemaLockKey})", connection);
            await release.ExecuteNonQueryAsync(cancellationToken);
        }

        return true;
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
