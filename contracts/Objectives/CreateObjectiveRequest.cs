using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Objectives;

/// <summary>A new objective for a theme.</summary>
/// <param name="Title">The objective's text, as the plan document words it.</param>
/// <param name="Position">Where to put it, from 1; omitted → after the last objective. Later objectives move down.</param>
public sealed record CreateObjectiveRequest(
    [Required, StringLength(1000, MinimumLength = 1)] string Title,
    [Range(1, 1000)] int? Position = null);
