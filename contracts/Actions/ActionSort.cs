namespace DeliveryTracker.Contracts.Actions;

/// <summary>How a list of actions is ordered.</summary>
public enum ActionSort
{
    /// <summary>Plan order, the default: by plan, then theme, objective and action position, as the plan document lists them.</summary>
    Plan,

    /// <summary>By reference code in natural order: SYV-2.1 before SYV-10.1.</summary>
    Reference,

    /// <summary>By due date, earliest first; actions without a due date last.</summary>
    DueDate,

    /// <summary>By last change, oldest first: with <c>updatedSince</c>, the order for incremental pulls.</summary>
    UpdatedAt,

    /// <summary>
    /// Most urgent first, as rated on asOf: overdue (longest overdue first), then other effective Red, then due soon
    /// (soonest first), then Amber/Red, Amber, Amber/Green, then Green, then Not rated and Complete, then cancelled;
    /// ties in plan order. The order of "My actions" and of the overdue and due-soon lists.
    /// </summary>
    Urgency,
}
