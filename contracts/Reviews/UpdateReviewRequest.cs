using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Reviews;

/// <summary>New values for a review (send the ETag of the version you read in <c>If-Match</c>).</summary>
/// <param name="Title">The review's title.</param>
/// <param name="PublishedOn">When the review was published; null if not known.</param>
public sealed record UpdateReviewRequest(
    [Required, StringLength(300, MinimumLength = 1)] string Title,
    DateOnly? PublishedOn);
