namespace DeliveryTracker.Api.Features.Actions;

/// <summary>Links an action to a KPI that measures it.</summary>
public sealed class ActionKpi
{
    public Guid ActionId { get; set; }

    public Guid KpiId { get; set; }

    public Kpis.Kpi? Kpi { get; set; }
}
