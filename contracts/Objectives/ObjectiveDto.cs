namespace DeliveryTracker.Contracts.Objectives;

/// <summary>An objective under a theme.</summary>
/// <param name="Id">The objective's id.</param>
/// <param name="PlanId">The plan it belongs to (through its theme).</param>
/// <param name="ThemeId">The theme it belongs to.</param>
/// <param name="Title">The objective's text.</param>
/// <param name="Position">Order within the theme, from 1; the middle part of its actions' default references (SYV-<b>2</b>.1).</param>
/// <param name="ActionCount">Number of actions under the objective.</param>
/// <param name="UpdatedAt">When the objective last changed (UTC).</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record ObjectiveDto(Guid Id, Guid PlanId, Guid ThemeId, string Title, int Position, int ActionCount, DateTimeOffset UpdatedAt, string Etag);
