namespace DeliveryTracker.Contracts.Kpis;

/// <summary>Which way is better for a KPI.</summary>
public enum KpiDirection
{
    /// <summary>Higher values are better (e.g. calls answered in target).</summary>
    HigherIsBetter,

    /// <summary>Lower values are better (e.g. number of burglaries).</summary>
    LowerIsBetter,
}
