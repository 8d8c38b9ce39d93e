namespace DeliveryTracker.Contracts.Rag;

/// <summary>Where an action's effective RAG rating comes from.</summary>
public enum RatingSource
{
    /// <summary>The lead's rating in the latest progress update, used while it is fresh (younger than the plan's stale period).</summary>
    Reported,

    /// <summary>The rating derived from the schedule: no fresh reported rating, or the action is completed or cancelled.</summary>
    Derived,
}
