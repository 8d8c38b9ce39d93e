namespace DeliveryTracker.Contracts.Plans;

/// <summary>An objective inside a plan tree.</summary>
/// <param name="Id">The objective's id.</param>
/// <param name="Title">The objective's text as in the document.</param>
/// <param name="Position">Order within the theme, from 1.</param>
/// <param name="Actions">The objective's actions in order.</param>
public sealed record ObjectiveNodeDto(Guid Id, string Title, int Position, IReadOnlyList<ActionNodeDto> Actions);
