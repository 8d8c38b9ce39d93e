namespace DeliveryTracker.Contracts.Notifications;

/// <summary>How many of the signed-in user's notifications are unread.</summary>
/// <param name="Count">The number of unread notifications.</param>
public sealed record UnreadCountDto(int Count);
