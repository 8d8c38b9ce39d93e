namespace DeliveryTracker.Contracts.Leads;

/// <summary>A lead, with how many actions it leads that are still open and how many of those are overdue.</summary>
/// <param name="Id">The lead's id.</param>
/// <param name="Name">The lead's name, unique ignoring case.</param>
/// <param name="Kind">Person, team, role, organisation or board.</param>
/// <param name="OrganisationId">The organisation the lead belongs to, if any.</param>
/// <param name="OrganisationName">That organisation's name.</param>
/// <param name="Email">Where reminders for the lead are sent, if known.</param>
/// <param name="UserId">The lead's user account, if they have one.</param>
/// <param name="OpenActionCount">Actions the lead leads (as primary or another lead) that are not completed or cancelled.</param>
/// <param name="OverdueActionCount">Of those, the ones whose due date is before today's date in London.</param>
/// <param name="UpdatedAt">When the lead last changed (UTC).</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record LeadDto(
    Guid Id,
    string Name,
    LeadKind Kind,
    Guid? OrganisationId,
    string? OrganisationName,
    string? Email,
    Guid? UserId,
    int OpenActionCount,
    int OverdueActionCount,
    DateTimeOffset UpdatedAt,
    string Etag);
