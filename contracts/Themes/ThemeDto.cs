namespace DeliveryTracker.Contracts.Themes;

/// <summary>A theme of a plan.</summary>
/// <param name="Id">The theme's id.</param>
/// <param name="PlanId">The plan it belongs to.</param>
/// <param name="Code">Short code unique in the plan, used as the prefix of action references (e.g. "SYV").</param>
/// <param name="Title">The theme's title.</param>
/// <param name="Position">Order within the plan, from 1.</param>
/// <param name="ObjectiveCount">Number of objectives under the theme.</param>
/// <param name="UpdatedAt">When the theme last changed (UTC).</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record ThemeDto(Guid Id, Guid PlanId, string Code, string Title, int Position, int ObjectiveCount, DateTimeOffset UpdatedAt, string Etag);
