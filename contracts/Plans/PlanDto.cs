namespace DeliveryTracker.Contracts.Plans;

/// <summary>A plan with its settings and its whole tree of themes, objectives and actions, in document order.</summary>
/// <param name="Id">The plan's id.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="PeriodStart">First day of the plan period.</param>
/// <param name="PeriodEnd">Last day of the plan period.</param>
/// <param name="Status">Draft, active or archived.</param>
/// <param name="SourceDocument">The document the plan was taken from, if any.</param>
/// <param name="ReviewId">The review whose recommendations the plan answers; null for none.</param>
/// <param name="Settings">RAG rules, reminder windows and the board calendar.</param>
/// <param name="Themes">The plan's themes in order, each with its objectives and actions.</param>
/// <param name="UpdatedAt">When the plan record last changed (UTC).</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record PlanDto(
    Guid Id,
    string Title,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    PlanStatus Status,
    string? SourceDocument,
    Guid? ReviewId,
    PlanSettingsDto Settings,
    IReadOnlyList<ThemeNodeDto> Themes,
    DateTimeOffset UpdatedAt,
    string Etag);
