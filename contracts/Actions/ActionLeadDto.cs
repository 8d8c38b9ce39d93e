using DeliveryTracker.Contracts.Leads;

namespace DeliveryTracker.Contracts.Actions;

/// <summary>A lead of an action.</summary>
/// <param name="LeadId">The lead's id.</param>
/// <param name="Name">The lead's name, e.g. "St Giles Trust".</param>
/// <param name="Kind">Person, team, role, organisation or board.</param>
/// <param name="IsPrimary">True for the one lead accountable for the action.</param>
public sealed record ActionLeadDto(Guid LeadId, string Name, LeadKind Kind, bool IsPrimary);
