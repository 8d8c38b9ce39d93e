using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace DeliveryTracker.Contracts.Leads;

/// <summary>A new lead: a person, team, role, board or partner organisation that leads actions.</summary>
/// <param name="Name">Unique among leads, ignoring case (e.g. "St Giles Trust"); surrounding spaces are dropped.</param>
/// <param name="Kind">Person, team, role, organisation or board.</param>
/// <param name="OrganisationId">The organisation the lead belongs to: the id of a lead of kind Organisation.</param>
/// <param name="Email">Where reminders for the lead are sent, when known.</param>
public sealed record CreateLeadRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    // Required in the JSON: a missing kind would otherwise bind silently as Person.
    [property: JsonRequired] LeadKind Kind,
    Guid? OrganisationId = null,
    [EmailAddress, StringLength(320)] string? Email = null);
