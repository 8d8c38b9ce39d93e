using DeliveryTracker.Api.Features.Reminders;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// The daily reminder scan (recurring job <see cref="RecurringJobs.ReminderScan"/>). Safe to run twice, retried, or on
/// two instances at once: <see cref="ReminderScan"/> serialises scans with an advisory lock and records each reminder once.
/// </summary>
public sealed class ReminderScanJob(ReminderScan scan)
{
    public async Task RunAsync(CancellationToken cancellationToken) => await scan.RunAsync(cancellationToken);
}
