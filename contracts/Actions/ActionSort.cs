namespace DeliveryTracker.Contracts.Actions;

/// <summary>How a list of actions is ordered.</summary>
public enum ActionSort
{
    /// <summary>By reference code (SYV-1.1, SYV-1.2 …), the default.</summary>
    Reference,

    /// <summary>By due date, earliest first; actions without a due date last.</summary>
    DueDate,

    /// <summary>By last change, oldest first: with <c>updatedSince</c>, the order for incremental pulls.</summary>
    UpdatedAt,
}
