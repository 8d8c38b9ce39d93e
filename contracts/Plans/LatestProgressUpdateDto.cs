using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>A recent progress update on the plan's dashboard, with the action it reports on.</summary>
/// <param name="Id">The update's id.</param>
/// <param name="ActionId">The action it reports on.</param>
/// <param name="ReferenceCode">That action's reference code, e.g. "SYV-1.1".</param>
/// <param name="ActionText">That action's text.</param>
/// <param name="AuthorName">Who posted the update.</param>
/// <param name="PostedAt">When it was posted (UTC).</param>
/// <param name="Status">The action's status as reported.</param>
/// <param name="ReportedRag">The lead's own rating, if given.</param>
/// <param name="Note">What has happened since the last update, if written.</param>
public sealed record LatestProgressUpdateDto(
    Guid Id,
    Guid ActionId,
    string ReferenceCode,
    string ActionText,
    string AuthorName,
    DateTimeOffset PostedAt,
    ActionStatus Status,
    RagRating? ReportedRag,
    string? Note);
