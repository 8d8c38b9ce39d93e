namespace DeliveryTracker.Contracts.Notifications;

/// <summary>An in-app message for the signed-in user: a reminder digest sent to them or to a lead their account is.</summary>
/// <param name="Id">The notification's id.</param>
/// <param name="Subject">One line, as the email's subject ("3 actions need an update").</param>
/// <param name="Body">Plain text, as the email's text part.</param>
/// <param name="CreatedAt">When it was delivered in-app (UTC).</param>
/// <param name="ReadAt">When it was marked as read (UTC); null while unread.</param>
/// <param name="Items">The digest's reminders, most urgent first; empty when the notification is not a digest.</param>
public sealed record NotificationDto(
    Guid Id,
    string Subject,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    IReadOnlyList<NotificationItemDto> Items);
