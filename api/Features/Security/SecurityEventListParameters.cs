using DeliveryTracker.Contracts.Security;

namespace DeliveryTracker.Api.Features.Security;

/// <summary>The query string of <c>GET /api/v1/security-events</c>.</summary>
/// <param name="Kind">Only events of this kind.</param>
/// <param name="Subject">Only events about this subject (exact: an email or a key's name).</param>
/// <param name="Limit">Page size, 1–200; default 50.</param>
/// <param name="Cursor">nextCursor from the previous page.</param>
public sealed record SecurityEventListParameters(SecurityEventKind? Kind = null, string? Subject = null, int? Limit = null, string? Cursor = null);
