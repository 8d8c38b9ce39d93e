using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Objectives;

/// <summary>New values for an objective (send the ETag of the version you read in <c>If-Match</c>).</summary>
/// <param name="Title">The objective's text.</param>
public sealed record UpdateObjectiveRequest([Required, StringLength(1000, MinimumLength = 1)] string Title);
