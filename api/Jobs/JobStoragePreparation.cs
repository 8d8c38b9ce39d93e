using System.Net.Sockets;
using DeliveryTracker.Api.Infrastructure.Database;
using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// Installs or upgrades Hangfire's schema and registers the recurring jobs: once at start-up, before the app serves
/// (<see cref="PrepareAsync"/>), and — when the database cannot be reached then — again every few seconds in the
/// background until it can. So the API starts without its database (answering <c>/health/live</c>, and
/// <c>/health/ready</c> with 503), and its jobs come back with the database, without a restart.
/// </summary>
/// <remarks>
/// The schema is installed holding a session-level advisory lock, never by the storage itself
/// (<c>PrepareSchemaIfNecessary</c> is off): a second instance starting at the same moment waits, then finds it done.
/// A bad cron expression or time zone is still a <see cref="Infrastructure.StartupException"/>: that is not a fault the
/// database's return would mend.
/// </remarks>
public sealed class JobStoragePreparation(
    TrackerConnection connection, JobsOptions options, IRecurringJobManager recurringJobs, ILogger<JobStoragePreparation> logger) : BackgroundService
{
    /// <summary>Key of the session-level advisory lock held while the schema is installed or upgraded.</summary>
    private const long SchemaLockKey = 0x4A_4F_42_53; // "JOBS"

    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    private volatile bool _prepared;

    /// <summary>Prepares the storage now; false (and a warning) when the database cannot be reached, which the background retries.</summary>
    public async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InstallSchemaAsync(cancellationToken);
            recurringJobs.RegisterRecurringJobs(options);
            _prepared = true;
            return true;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            logger.LogWarning("Job storage not prepared: the database cannot be reached ({Reason}). Retrying every {Seconds} s.", ex.GetBaseException().Message, RetryInterval.TotalSeconds);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!_prepared && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(RetryInterval, stoppingToken);
            if (await PrepareAsync(stoppingToken))
            {
                logger.LogInformation("Job storage prepared after the database came back.");
            }
        }
    }

    private async Task InstallSchemaAsync(CancellationToken cancellationToken)
    {
        await using var session = new NpgsqlConnection(connection.ConnectionString);
        await session.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaLockKey})", session))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            PostgreSqlObjectsInstaller.Install(session, JobsSetup.Schema);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({SchemaLockKey})", session);
            await release.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool IsUnreachable(Exception ex) =>
        ex is NpgsqlException or SocketException or TimeoutException
        || ex.InnerException is NpgsqlException or SocketException or TimeoutException;
}
