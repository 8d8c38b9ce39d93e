namespace DeliveryTracker.Contracts.Plans;

/// <summary>A theme on the plan's dashboard: which theme, and its actions by effective rating.</summary>
/// <param name="ThemeId">The theme's id (the actions list's <c>themeId</c> filter).</param>
/// <param name="Code">The theme's short code, e.g. "SYV".</param>
/// <param name="Title">The theme's title.</param>
/// <param name="Ratings">The theme's actions by effective rating.</param>
public sealed record DashboardThemeDto(Guid ThemeId, string Code, string Title, RatingCountsDto Ratings);
