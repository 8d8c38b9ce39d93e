namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// One message to one person per scan, listing all their new reminders, most urgent first (never one message per
/// action). Written in the scan's transaction with one <see cref="DigestDelivery"/> row per channel: that is the outbox
/// the delivery jobs work from, so a crash after the scan commits loses nothing and a later channel (webhooks) only adds
/// rows of its own.
/// </summary>
public sealed class ReminderDigest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>
    /// The lead it is for when that lead had no account at the scan; null for a digest to an account (<see cref="UserId"/>), which
    /// gathers the person's reminders as every lead linked to it and as a programme manager.
    /// </summary>
    public Guid? LeadId { get; set; }

    /// <summary>The user it is for (a programme manager, or the account of the leads); null for a lead with no account.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The London date of the scan that wrote it.</summary>
    public DateOnly ScanDate { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
