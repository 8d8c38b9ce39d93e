namespace DeliveryTracker.Contracts.Plans;

/// <summary>A theme inside a plan tree.</summary>
/// <param name="Id">The theme's id.</param>
/// <param name="Code">Short code used in action references, e.g. "SYV".</param>
/// <param name="Title">The theme's title as in the document.</param>
/// <param name="Position">Order within the plan, from 1.</param>
/// <param name="Objectives">The theme's objectives in order.</param>
public sealed record ThemeNodeDto(Guid Id, string Code, string Title, int Position, IReadOnlyList<ObjectiveNodeDto> Objectives);
