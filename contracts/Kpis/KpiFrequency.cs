namespace DeliveryTracker.Contracts.Kpis;

/// <summary>How often a KPI's data is published.</summary>
public enum KpiFrequency
{
    /// <summary>Every month.</summary>
    Monthly,

    /// <summary>Every quarter.</summary>
    Quarterly,

    /// <summary>Once a year.</summary>
    Annual,

    /// <summary>Irregularly; never counted as stale.</summary>
    AdHoc,
}
