using DeliveryTracker.Contracts.Kpis;

namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>A key performance indicator with its target, tolerance and the series of measurements reported for it.</summary>
public sealed class Kpi
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The plan the KPI belongs to; null for a KPI shared across plans.</summary>
    public Guid? PlanId { get; set; }

    /// <summary>Short code unique across KPIs, e.g. "CRIME-BURGLARY"; feeds address KPIs by it.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public KpiUnit Unit { get; set; }

    public KpiDirection Direction { get; set; }

    public decimal? Target { get; set; }

    /// <summary>How far (in the KPI's unit) on the wrong side of the target is still Amber rather than Red.</summary>
    public decimal? AmberTolerance { get; set; }

    public KpiFrequency Frequency { get; set; }

    /// <summary>Days after a period ends before its figure is expected; late beyond that → stale, not red.</summary>
    public int PublicationLagDays { get; set; }

    public decimal? Baseline { get; set; }

    public string? BaselinePeriod { get; set; }

    public KpiLifecycle Lifecycle { get; set; } = KpiLifecycle.ToBeAgreed;

    public Guid? OwnerLeadId { get; set; }

    public Leads.Lead? OwnerLead { get; set; }

    /// <summary>Where the data comes from (e.g. a police crime category, an LG Inform metric), so a feed can fill it.</summary>
    public string? DataSource { get; set; }

    public List<KpiMeasurement> Measurements { get; init; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public uint Version { get; set; }
}
