namespace DeliveryTracker.Contracts.Reviews;

/// <summary>An independent review whose numbered recommendations plans answer.</summary>
/// <param name="Id">The review's id.</param>
/// <param name="Title">The review's title.</param>
/// <param name="PublishedOn">When the review was published, if known.</param>
/// <param name="RecommendationCount">Number of recommendations recorded for the review.</param>
/// <param name="UpdatedAt">When the review last changed (UTC).</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record ReviewDto(Guid Id, string Title, DateOnly? PublishedOn, int RecommendationCount, DateTimeOffset UpdatedAt, string Etag);
