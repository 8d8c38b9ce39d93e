namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// <c>Jobs:*</c> settings. Every instance of the same build can enqueue jobs; only instances with
/// <see cref="RunServer"/> run them, so a deployment can keep web instances free of background work
/// (<c>Jobs__RunServer=false</c>) and run dedicated worker instances.
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this process (default true).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>
    /// Hangfire workers in this process. Default: twice the cores (4 on the 2-core machines this runs on), not Hangfire's
    /// 5 per core: the jobs wait on PostgreSQL and SMTP, and every worker polls the database and holds a connection.
    /// </summary>
    public int WorkerCount { get; set; } = Environment.ProcessorCount * 2;

    /// <summary>How often an idle worker polls for work (default 5 s; tests set less).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The daily reminder scan's cron expression, in <see cref="TimeZone"/> (default 07:00 every day).</summary>
    public string ReminderScanCron { get; set; } = "0 7 * * *";

    /// <summary>
    /// Seconds to wait before each retry of a failed digest delivery; their count is the number of retries, after which the
    /// delivery is Failed. Default: an exponential backoff over about 14 hours (1 min, 5 min, 30 min, 2 h, 4 h, 8 h), so a
    /// mail server down overnight still gets the morning's digests. Tests set a few seconds.
    /// </summary>
    public IReadOnlyList<int>? DeliveryRetryDelaysSeconds { get; set; }

    /// <summary>The retry delays in force: <see cref="DeliveryRetryDelaysSeconds"/> or the default backoff.</summary>
    public IReadOnlyList<int> DeliveryRetryDelays => DeliveryRetryDelaysSeconds is { Count: > 0 } delays ? delays : [60, 300, 1800, 7200, 14400, 28800];

    /// <summary>The delivery sweep's cron expression (default every 5 minutes).</summary>
    public string DeliverySweepCron { get; set; } = "*/5 * * * *";

    /// <summary>
    /// How long a delivery may wait with no attempt before the sweep enqueues it again (default 10 minutes): long enough
    /// that a job merely queued behind others is not doubled (a double would find the delivery sent and do nothing).
    /// </summary>
    public TimeSpan DeliverySweepAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The time zone the cron expressions are read in (default Europe/London, so 07:00 stays 07:00 in summer).</summary>
    public string TimeZone { get; set; } = "Europe/London";
}
