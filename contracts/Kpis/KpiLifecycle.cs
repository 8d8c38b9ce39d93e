namespace DeliveryTracker.Contracts.Kpis;

/// <summary>How far a KPI has got from an idea to a reported measure.</summary>
public enum KpiLifecycle
{
    /// <summary>Named in the plan but not yet agreed; never counted as green.</summary>
    ToBeAgreed,

    /// <summary>Definition, unit and target agreed.</summary>
    Defined,

    /// <summary>A baseline value has been recorded.</summary>
    Baselined,

    /// <summary>Measurements are being reported.</summary>
    Reporting,
}
