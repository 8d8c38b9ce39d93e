using DeliveryTracker.Api.Infrastructure;
using Hangfire;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// Every recurring job, registered in this one place under a constant id, with its cron expression and time zone from
/// <see cref="JobsOptions"/>. Registered at every start-up (AddOrUpdate, so a changed cron replaces the old one), never
/// during OpenAPI document generation.
/// </summary>
public static class RecurringJobs
{
    /// <summary>The daily reminder scan (<see cref="ReminderScanJob"/>).</summary>
    public const string ReminderScan = "reminder-scan";

    /// <summary>Registers the recurring jobs.</summary>
    /// <exception cref="StartupException"><c>Jobs:TimeZone</c> or <c>Jobs:ReminderScanCron</c> is not valid.</exception>
    public static void RegisterRecurringJobs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (BuildContext.IsDocumentGeneration)
        {
            return;
        }

        var options = app.Services.GetRequiredService<JobsOptions>();
        var recurring = new RecurringJobOptions { TimeZone = TimeZoneOf(options) };
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        AddOrUpdate<ReminderScanJob>(
            jobs, ReminderScan, nameof(JobsOptions.ReminderScanCron), options.ReminderScanCron, recurring,
            job => job.RunAsync(CancellationToken.None));
    }

    private static void AddOrUpdate<TJob>(
        IRecurringJobManager jobs, string id, string setting, string cron, RecurringJobOptions recurring,
        System.Linq.Expressions.Expression<Func<TJob, Task>> call)
    {
        try
        {
            // Hangfire parses the expression here (and passes the job a cancellation token of its own in place of None).
            jobs.AddOrUpdate(id, call, cron, recurring);
        }
        catch (ArgumentException ex) when (ex.ParamName == "cronExpression")
        {
            throw new StartupException(
                $"{JobsOptions.Section}:{setting} '{cron}' is not a valid cron expression (e.g. \"0 7 * * *\" for 07:00 every day).", ex);
        }
    }

    private static TimeZoneInfo TimeZoneOf(JobsOptions options)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new StartupException(
                $"{JobsOptions.Section}:{nameof(JobsOptions.TimeZone)} '{options.TimeZone}' is not a time zone this machine knows (e.g. \"Europe/London\").", ex);
        }
    }
}
