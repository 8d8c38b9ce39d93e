namespace DeliveryTracker.Api.Features.Actions;

/// <summary>Links an action to one of its leads; exactly one lead of an action is primary.</summary>
public sealed class ActionLead
{
    public Guid ActionId { get; set; }

    public Guid LeadId { get; set; }

    public Leads.Lead? Lead { get; set; }

    public bool IsPrimary { get; set; }

    /// <summary>Order of the leads as written in the plan.</summary>
    public int Position { get; set; }
}
