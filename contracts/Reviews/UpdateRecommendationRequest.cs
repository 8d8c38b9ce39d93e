using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Reviews;

/// <summary>New values for a recommendation (send the ETag of the version you read in <c>If-Match</c>).</summary>
/// <param name="Number">The recommendation's number, from 1; must stay unique within its review.</param>
/// <param name="Text">The recommendation as the review words it; null when not known.</param>
/// <param name="CouncilResponse">The council's response to it; null for none.</param>
public sealed record UpdateRecommendationRequest(
    [Range(1, int.MaxValue)] int Number,
    [StringLength(4000)] string? Text,
    [StringLength(8000)] string? CouncilResponse);
