using DeliveryTracker.Contracts.Leads;

namespace DeliveryTracker.Api.Features.Leads;

/// <summary>The query string of <c>GET /api/v1/leads</c>.</summary>
/// <param name="Q">Only leads whose name contains this text (any case).</param>
/// <param name="Kind">Only leads of this kind.</param>
/// <param name="OrganisationId">Only the people of this organisation.</param>
/// <param name="Limit">Page size, 1–200; default 50.</param>
/// <param name="Cursor">nextCursor from the previous page.</param>
public sealed record LeadListParameters(string? Q = null, LeadKind? Kind = null, Guid? OrganisationId = null, int? Limit = null, string? Cursor = null);
