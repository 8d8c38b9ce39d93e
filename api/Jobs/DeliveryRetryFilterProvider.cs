using Hangfire;
using Hangfire.Common;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// Retries for the delivery jobs from <c>Jobs:DeliveryRetryDelaysSeconds</c> (hours of backoff in production, a second or
/// two in tests). An <c>[AutomaticRetry]</c> attribute cannot read configuration, and <c>GlobalJobFilters</c> is shared by
/// every host in the process (the tests run several), so this provider is given to this app's server only
/// (<c>BackgroundJobServerOptions.FilterProvider</c>, beside Hangfire's own providers). Its filter has type scope, so it
/// replaces the global default retry (10 attempts) for these jobs: filters of one type that do not allow multiples are
/// de-duplicated, and the wider scope loses.
/// </summary>
public sealed class DeliveryRetryFilterProvider : IJobFilterProvider
{
    private readonly JobFilter[] _filters;

    public DeliveryRetryFilterProvider(JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var delays = options.DeliveryRetryDelays.ToArray();
        var retry = new AutomaticRetryAttribute { Attempts = delays.Length, DelaysInSeconds = delays, OnAttemptsExceeded = AttemptsExceededAction.Fail };
        _filters = [new JobFilter(retry, JobFilterScope.Type, order: null)];
    }

    public IEnumerable<JobFilter> GetFilters(Job job) =>
        job?.Type == typeof(EmailDeliveryJob) || job?.Type == typeof(InAppDeliveryJob) ? _filters : [];
}
