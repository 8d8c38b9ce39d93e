namespace DeliveryTracker.Contracts.Rag;

/// <summary>The rating scale a plan reports on.</summary>
public enum RagScale
{
    /// <summary>Red, Amber, Green.</summary>
    ThreePoint,

    /// <summary>Delivery Confidence: Green, Amber/Green, Amber, Amber/Red, Red.</summary>
    FivePoint,
}
