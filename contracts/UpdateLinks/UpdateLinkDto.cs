namespace DeliveryTracker.Contracts.UpdateLinks;

/// <summary>
/// What a signed update link shows the partner lead who holds it: who it is for, until when it works, and the actions
/// in its digest they may post an update to. Nothing else of the plan.
/// </summary>
/// <param name="LeadName">The lead the link was sent to, e.g. "St Giles Trust".</param>
/// <param name="ExpiresAt">When the link stops working (UTC).</param>
/// <param name="Actions">The actions in the digest, in plan order; those whose reminders were withdrawn are left out.</param>
public sealed record UpdateLinkDto(
    string LeadName,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<UpdateLinkActionDto> Actions);
