namespace DeliveryTracker.Contracts.Rag;

/// <summary>A RAG (Red/Amber/Green) rating, on the 3-point or the 5-point Delivery Confidence scale.</summary>
public enum RagRating
{
    /// <summary>No issues or risks to delivery.</summary>
    Green,

    /// <summary>5-point scale only: delivery probable, some risks to manage.</summary>
    AmberGreen,

    /// <summary>Issues or risks identified.</summary>
    Amber,

    /// <summary>5-point scale only: delivery in doubt, major risks.</summary>
    AmberRed,

    /// <summary>Significant issues or risks; or overdue.</summary>
    Red,

    /// <summary>Delivered (shown blue).</summary>
    Complete,

    /// <summary>No due date and never updated, so no rating can be derived.</summary>
    NotRated,
}
