using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Reviews;

/// <summary>A new numbered recommendation of a review.</summary>
/// <param name="Number">The recommendation's number in the review, from 1; unique within the review.</param>
/// <param name="Text">The recommendation as the review words it; omitted when the source does not give it.</param>
/// <param name="CouncilResponse">The council's response to it, if any.</param>
public sealed record CreateRecommendationRequest(
    [Range(1, int.MaxValue)] int Number,
    [StringLength(4000)] string? Text = null,
    [StringLength(8000)] string? CouncilResponse = null);
