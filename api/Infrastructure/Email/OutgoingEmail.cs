namespace DeliveryTracker.Api.Infrastructure.Email;

/// <summary>
/// One email to one recipient, with a plain-text and an HTML part. <see cref="MessageId"/> is fixed by the caller (the
/// delivery's id), so a message sent again after a lost acknowledgement carries the same id and mail clients can tell.
/// </summary>
public sealed record OutgoingEmail(string To, string? ToName, string Subject, string Text, string Html, string MessageId);
