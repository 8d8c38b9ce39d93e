using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>How many actions carry each effective rating, as the plan's dashboard counts them.</summary>
/// <param name="Total">Actions counted, cancelled ones included.</param>
/// <param name="Excluded">Cancelled actions, which carry no rating.</param>
/// <param name="Counts">
/// Actions per effective rating: every rating of the plan's scale (with Complete and NotRated) is listed, with 0 where
/// none has it. Total = the sum of the counts + Excluded.
/// </param>
public sealed record RatingCountsDto(int Total, int Excluded, IReadOnlyDictionary<RagRating, int> Counts);
