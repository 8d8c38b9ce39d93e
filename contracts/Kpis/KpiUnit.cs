namespace DeliveryTracker.Contracts.Kpis;

/// <summary>The unit a KPI is measured in.</summary>
public enum KpiUnit
{
    /// <summary>A number of things (offences, referrals).</summary>
    Count,

    /// <summary>A percentage, 0–100.</summary>
    Percent,

    /// <summary>A rate per 1,000 residents.</summary>
    RatePerThousand,

    /// <summary>An amount of money in pounds sterling.</summary>
    Currency,
}
