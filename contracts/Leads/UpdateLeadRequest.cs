using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace DeliveryTracker.Contracts.Leads;

/// <summary>New values for a lead (send the ETag of the version you read in <c>If-Match</c>).</summary>
/// <param name="Name">Unique among leads, ignoring case; surrounding spaces are dropped.</param>
/// <param name="Kind">Person, team, role, organisation or board. An organisation others belong to stays an organisation.</param>
/// <param name="OrganisationId">The organisation the lead belongs to (a lead of kind Organisation, not itself); null for none.</param>
/// <param name="Email">Where reminders for the lead are sent; null for none.</param>
public sealed record UpdateLeadRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    // Required in the JSON: a missing kind would otherwise bind silently as Person.
    [property: JsonRequired] LeadKind Kind,
    Guid? OrganisationId,
    [EmailAddress, StringLength(320)] string? Email);
