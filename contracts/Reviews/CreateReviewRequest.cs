using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Reviews;

/// <summary>A new review whose numbered recommendations plans answer.</summary>
/// <param name="Title">The review's title, e.g. "Community Safety Review".</param>
/// <param name="PublishedOn">When the review was published, if known.</param>
public sealed record CreateReviewRequest(
    [Required, StringLength(300, MinimumLength = 1)] string Title,
    DateOnly? PublishedOn = null);
