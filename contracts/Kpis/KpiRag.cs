namespace DeliveryTracker.Contracts.Kpis;

/// <summary>A KPI's rating as of a date. Only <see cref="Green"/> counts as green; every other state says why not.</summary>
public enum KpiRag
{
    /// <summary>The latest measurement meets or beats the target.</summary>
    Green,

    /// <summary>The latest measurement misses the target but lies within the amber tolerance of it.</summary>
    Amber,

    /// <summary>The latest measurement misses the target by more than the amber tolerance (or misses it with no tolerance set).</summary>
    Red,

    /// <summary>The next figure is late: none arrived within the KPI's frequency plus its publication lag. Late data is stale, not red.</summary>
    Stale,

    /// <summary>A target is agreed but no measurement for a period ended by the date has been recorded yet.</summary>
    NoData,

    /// <summary>No agreed definition or target yet (lifecycle ToBeAgreed, or Defined without a target): never counted as green.</summary>
    ToBeAgreed,

    /// <summary>Tracked without a target (e.g. the crime comparison, watched against last year): never counted as green.</summary>
    Monitored,
}
