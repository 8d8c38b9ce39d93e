namespace DeliveryTracker.Api.Features.UpdateLinks;

/// <summary>The query string of <c>GET /api/v1/update-links</c>.</summary>
/// <param name="LeadId">Only links sent to this lead.</param>
/// <param name="Active">true: only links that still work; false: only expired or revoked ones.</param>
/// <param name="Limit">Page size, 1–200; default 50.</param>
/// <param name="Cursor">nextCursor from the previous page.</param>
public sealed record UpdateLinkListParameters(Guid? LeadId = null, bool? Active = null, int? Limit = null, string? Cursor = null);
