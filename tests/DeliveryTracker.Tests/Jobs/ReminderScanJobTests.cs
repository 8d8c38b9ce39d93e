using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Jobs;
using DeliveryTracker.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeliveryTracker.Tests.Jobs;

/// <summary>
/// The reminder scan as a Hangfire recurring job: registered at start-up under its constant id with the configured cron
/// and time zone, and run by a real Hangfire server in the API process against the fixture's PostgreSQL.
/// </summary>
public sealed class ReminderScanJobTests : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Jobs:RunServer"] = "true",
        ["Jobs:PollInterval"] = "00:00:00.200",
        ["Jobs:ReminderScanCron"] = "30 6 * * 1-5",
        ["Jobs:TimeZone"] = "Europe/London",
    };

    private JobStorage Storage => Factory.Services.GetRequiredService<JobStorage>();

    [Test]
    public void Startup_RegistersTheReminderScanWithTheConfiguredCronAndTimeZone()
    {
        using var connection = Storage.GetConnection();
        var job = connection.GetRecurringJobs().Single(j => j.Id == RecurringJobs.ReminderScan);

        Assert.That((job.Cron, job.TimeZoneId, job.Job.Type, job.Job.Method.Name),
            Is.EqualTo(("30 6 * * 1-5", "Europe/London", typeof(ReminderScanJob), nameof(ReminderScanJob.RunAsync))));
    }

    [Test]
    public async Task Triggered_TheServerRunsTheScan_AndItRecordsTodaysReminders()
    {
        var before = LondonClock.ToLondonDate(DateTimeOffset.UtcNow);
        Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(RecurringJobs.ReminderScan);

        var state = await WaitForLastRunAsync();
        var scanDates = await ScanDatesAsync();

        Assert.That(state, Is.EqualTo("Succeeded"));
        // The demo plan (2019–2022) has open actions long overdue by today's date, so a real scan records some.
        Assert.That(scanDates, Is.Not.Empty);
        Assert.That(scanDates, Is.All.InRange(before, LondonClock.ToLondonDate(DateTimeOffset.UtcNow)));
    }

    /// <summary>The state of the recurring job's last run once it has finished (Succeeded or Failed); gives up after a minute.</summary>
    private async Task<string?> WaitForLastRunAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!deadline.IsCancellationRequested)
        {
            using (var connection = Storage.GetConnection())
            {
                var lastJobId = connection.GetRecurringJobs().Single(j => j.Id == RecurringJobs.ReminderScan).LastJobId;
                var state = lastJobId is null ? null : connection.GetStateData(lastJobId)?.Name;
                if (state is "Succeeded" or "Failed")
                {
                    return state;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }

        return null;
    }

    private async Task<List<DateOnly>> ScanDatesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT DISTINCT scan_date FROM reminders", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var dates = new List<DateOnly>();
        while (await reader.ReadAsync())
        {
            dates.Add(reader.GetFieldValue<DateOnly>(0));
        }

        return dates;
    }
}
