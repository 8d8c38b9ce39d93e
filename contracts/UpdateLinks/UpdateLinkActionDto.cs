using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.UpdateLinks;

/// <summary>An action as a signed update link shows it: enough to report on it, and its version to post against.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="ReferenceCode">Short reference unique in the plan, e.g. "SYV-2.1".</param>
/// <param name="Text">What is to be done.</param>
/// <param name="Status">Delivery status.</param>
/// <param name="PercentComplete">The latest estimate of progress, 0–100, if given.</param>
/// <param name="DueDate">The due date it is judged against (for a recurring timescale, the end of the current cycle); null when it has none.</param>
/// <param name="LastProgressAt">When its latest progress update was posted; null when it has none.</param>
/// <param name="DerivedRag">The rating derived from the schedule today, which a reported rating is compared with; null when cancelled.</param>
/// <param name="DerivedReasonText">The derived rating's reason in words, e.g. "overdue since 30 Sep 2019".</param>
/// <param name="RagScale">Its plan's rating scale: the ratings a lead may report on it.</param>
/// <param name="Etag">The action's version: send it in <c>If-Match</c> when posting an update.</param>
public sealed record UpdateLinkActionDto(
    Guid Id,
    string ReferenceCode,
    string Text,
    ActionStatus Status,
    int? PercentComplete,
    DateOnly? DueDate,
    DateTimeOffset? LastProgressAt,
    RagRating? DerivedRag,
    string DerivedReasonText,
    RagScale RagScale,
    string Etag);
