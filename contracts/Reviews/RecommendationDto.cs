namespace DeliveryTracker.Contracts.Reviews;

/// <summary>A numbered recommendation of a review, with the council's response and the actions that answer it.</summary>
/// <param name="Id">The recommendation's id.</param>
/// <param name="ReviewId">The review it belongs to.</param>
/// <param name="Number">Its number in the review, from 1.</param>
/// <param name="Text">The recommendation as the review words it; null when the source does not give it.</param>
/// <param name="CouncilResponse">The council's response, if any.</param>
/// <param name="AnsweringActions">The actions, in any plan, that answer it, in plan document order; empty when none does yet.</param>
/// <param name="UpdatedAt">When the recommendation last changed (UTC).</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record RecommendationDto(
    Guid Id,
    Guid ReviewId,
    int Number,
    string? Text,
    string? CouncilResponse,
    IReadOnlyList<AnsweringActionDto> AnsweringActions,
    DateTimeOffset UpdatedAt,
    string Etag);
