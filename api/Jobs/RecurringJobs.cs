using DeliveryTracker.Api.Infrastructure;
using Hangfire;

namespace DeliveryTracker.Api.Jobs;

/// <summary>Every recurring job, registered in this one place under a constant id, at start-up (never during document generation).</summary>
public static class RecurringJobs
{
    /// <summary>Re-enqueues digest deliveries a crash left pending with no job (<see cref="DeliverySweepJob"/>).</summary>
    public const string DeliverySweep = "reminder-delivery-sweep";

    public static void MapTrackerRecurringJobs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (BuildContext.IsDocumentGeneration)
        {
            return;
        }

        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        var options = app.Services.GetRequiredService<JobsOptions>();
        var recurring = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone) };

        jobs.AddOrUpdate<DeliverySweepJob>(DeliverySweep, job => job.RunAsync(CancellationToken.None), options.DeliverySweepCron, recurring);
    }
}
