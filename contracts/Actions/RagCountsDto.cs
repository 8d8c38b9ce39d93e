using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.Actions;

/// <summary>How many of the selected actions carry each effective rating.</summary>
/// <param name="AsOf">The Europe/London date the ratings were worked out for.</param>
/// <param name="Total">Actions selected, cancelled ones included.</param>
/// <param name="Excluded">Cancelled actions, which carry no rating.</param>
/// <param name="Counts">Actions per effective rating; ratings with none are listed with 0.</param>
public sealed record RagCountsDto(DateOnly AsOf, int Total, int Excluded, IReadOnlyDictionary<RagRating, int> Counts);
