using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.Reviews;

/// <summary>A numbered recommendation of a review, with the council's response, the actions that answer it and their roll-up rating.</summary>
/// <param name="Id">The recommendation's id.</param>
/// <param name="ReviewId">The review it belongs to.</param>
/// <param name="Number">Its number in the review, from 1.</param>
/// <param name="Text">The recommendation as the review words it; null when the source does not give it.</param>
/// <param name="CouncilResponse">The council's response, if any.</param>
/// <param name="AnsweringActions">
/// The actions that answer it, in plan document order (only those of <c>planId</c> when the list was asked for one);
/// empty when none does yet.
/// </param>
/// <param name="AsOf">The Europe/London date the actions' ratings and the roll-up were worked out for.</param>
/// <param name="RollUp">
/// The worst effective rating of the answering actions: Red, then AmberRed, Amber, AmberGreen, Green, Complete.
/// NotRated only when every live answering action is not rated; cancelled actions are left out. Null when no
/// action that is not cancelled answers it. Example: answered by a Green and an Amber action → Amber.
/// </param>
/// <param name="Covered">
/// True when at least one answering action is not cancelled (as of <c>asOf</c>); false for a recommendation the plan
/// does not yet answer, which the recommendations page makes stand out.
/// </param>
/// <param name="UpdatedAt">When the recommendation last changed (UTC).</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record RecommendationDto(
    Guid Id,
    Guid ReviewId,
    int Number,
    string? Text,
    string? CouncilResponse,
    IReadOnlyList<AnsweringActionDto> AnsweringActions,
    DateOnly AsOf,
    RagRating? RollUp,
    bool Covered,
    DateTimeOffset UpdatedAt,
    string Etag);
