using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>
/// A recommendation's roll-up: the worst effective rating among the actions answering it, so one late action shows.
/// The ratings themselves come from <c>action_ratings</c>; this only picks the worst of them.
/// </summary>
/// <remarks>
/// Worst first: Red, AmberRed, Amber, AmberGreen, Green, Complete. A cancelled action (no rating) is left out, and so is
/// a NotRated one unless nothing else is rated: then the roll-up is NotRated, so an answered recommendation never looks
/// unanswered. No live action → null. Example: Green, Amber and a cancelled action → Amber; NotRated and Complete → Complete.
/// </remarks>
internal static class RecommendationRollUp
{
    private static readonly RagRating[] WorstFirst = [RagRating.Red, RagRating.AmberRed, RagRating.Amber, RagRating.AmberGreen, RagRating.Green, RagRating.Complete];

    public static RagRating? Of(IEnumerable<RagRating?> ratings)
    {
        var live = ratings.OfType<RagRating>().ToHashSet();
        return WorstFirst.Where(live.Contains).Select(r => (RagRating?)r).FirstOrDefault()
            ?? (live.Contains(RagRating.NotRated) ? RagRating.NotRated : null);
    }

    /// <summary>At least one answering action is not cancelled.</summary>
    public static bool IsCovered(IEnumerable<RagRating?> ratings) => ratings.Any(r => r is not null);
}
