namespace DeliveryTracker.Api.Features.Notifications;

/// <summary>
/// An in-app message: a reminder digest (or, later, another notice) for a user, or for a lead. A signed-in user reads
/// their own and those of the leads linked to their account, so a partner lead who is given an account later finds the
/// digests sent to them before.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The user it is for; null when it is for a lead (see <see cref="LeadId"/>).</summary>
    public Guid? UserId { get; set; }

    /// <summary>The lead it is for; null when it is for a user who is not reminded as a lead (a programme manager).</summary>
    public Guid? LeadId { get; set; }

    /// <summary>The digest it shows, when it is one: its reminders are the notification's items.</summary>
    public Guid? DigestId { get; set; }

    public required string Subject { get; set; }

    /// <summary>Plain text, as the email's text part.</summary>
    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? ReadAt { get; set; }
}
