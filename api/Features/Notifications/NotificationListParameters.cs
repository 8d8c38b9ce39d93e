namespace DeliveryTracker.Api.Features.Notifications;

/// <summary>The query string of <c>GET /api/v1/notifications</c>.</summary>
/// <param name="Unread">True: only unread notifications; false: only those already read; absent: all.</param>
/// <param name="Limit">Page size, 1–200; default 50.</param>
/// <param name="Cursor">nextCursor from the previous page.</param>
public sealed record NotificationListParameters(bool? Unread = null, int? Limit = null, string? Cursor = null);
