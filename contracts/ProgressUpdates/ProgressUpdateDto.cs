using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.ProgressUpdates;

/// <summary>A progress update on an action's timeline. Never edited once posted.</summary>
/// <param name="Id">The update's id.</param>
/// <param name="ActionId">The action it reports on.</param>
/// <param name="AuthorName">Who posted it.</param>
/// <param name="PostedAt">When it was posted (UTC).</param>
/// <param name="Status">The action's status as reported.</param>
/// <param name="PercentComplete">Progress as reported, 0–100, if given.</param>
/// <param name="ReportedRag">The lead's own rating, if given.</param>
/// <param name="Justification">Why the reported rating differs from the derived one, if it does.</param>
/// <param name="Note">What has happened since the last update.</param>
/// <param name="EvidenceLinks">Links to evidence.</param>
public sealed record ProgressUpdateDto(
    Guid Id,
    Guid ActionId,
    string AuthorName,
    DateTimeOffset PostedAt,
    ActionStatus Status,
    int? PercentComplete,
    RagRating? ReportedRag,
    string? Justification,
    string? Note,
    IReadOnlyList<string> EvidenceLinks);
