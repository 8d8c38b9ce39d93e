namespace DeliveryTracker.Contracts.Plans;

/// <summary>Where a plan is in its life.</summary>
public enum PlanStatus
{
    /// <summary>Being drafted; not yet reported on.</summary>
    Draft,

    /// <summary>In delivery: reminders run and the board reports on it.</summary>
    Active,

    /// <summary>Finished or replaced; read-only history.</summary>
    Archived,
}
