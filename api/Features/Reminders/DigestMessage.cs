namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// A digest written out for one channel: the same words as plain text (the in-app notification and the email's text part)
/// and as HTML (the email's HTML part), and the reminders it carries, which are marked delivered when it is sent.
/// </summary>
public sealed record DigestMessage(string Subject, string Text, string Html, IReadOnlyList<Guid> ReminderIds);
