using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Api.Features.Rag;

/// <summary>Turns a row of <c>action_ratings(as_of)</c> into its contract record, with the reason in the board's words.</summary>
public static class ActionRatingMapping
{
    public static ActionRatingDto ToDto(this ActionRating rating, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return new ActionRatingDto(
            asOf,
            rating.DerivedRag,
            rating.DerivedReason,
            RagReasonText.Describe(rating.DerivedReason, rating.ReasonDate, rating.ReasonDays, recurring: rating.CycleStart is not null),
            rating.DueDate,
            rating.ReportedRag,
            rating.ReportedAt,
            rating.ReportedJustification,
            rating.EffectiveRag,
            rating.EffectiveSource,
            rating.IsOverdue,
            rating.IsDueSoon,
            rating.IsStale,
            rating.IsBlocked);
    }
}
