namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// A reminder about one action for one lead. Unique per action, lead, kind and cycle, so a rerun scan
/// inserts nothing twice.
/// </summary>
/// <remarks>
/// The cycle names the occasion: the due date for due-soon reminders, the ISO week for the weekly overdue
/// reminder ("2019-W41"), the board meeting date for update requests.
/// </remarks>
public sealed class Reminder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ActionId { get; set; }

    public Guid LeadId { get; set; }

    public ReminderKind Kind { get; set; }

    public required string Cycle { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>When the digest carrying it was delivered; null while pending.</summary>
    public DateTimeOffset? SentAt { get; set; }
}
