using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// One reminder about one action to one recipient: a lead (<see cref="LeadId"/>), or a programme manager
/// (<see cref="UserId"/>) for escalations and unassigned actions. Unique per action, kind, cycle and recipient, so a
/// rerun scan, a retried job or a second instance scanning at the same moment inserts nothing twice.
/// </summary>
/// <remarks>
/// The cycle names the occasion, so the same action can be reminded again only when a new occasion comes: the due date
/// for due-soon reminders ("2020-04-10"); for overdue reminders the due date and the cadence period since it
/// ("2020-03-31/2": the third week overdue with weekly cadence); the due date for escalations (told once); the board
/// meeting date for update requests ("board-2020-06-16").
/// </remarks>
public sealed class Reminder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public Guid ActionId { get; set; }

    public ReminderKind Kind { get; set; }

    public required string Cycle { get; set; }

    /// <summary>The lead reminded; null when the recipient is a programme manager.</summary>
    public Guid? LeadId { get; set; }

    /// <summary>The programme manager told (escalations, unassigned actions); null when the recipient is a lead.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The date the reminder is about: the due date (overdue, due soon, escalation) or the board meeting.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>Days overdue on the scan's date (0 unless overdue or escalated): orders a digest, most urgent first.</summary>
    public int DaysOverdue { get; set; }

    /// <summary>The London date of the scan that recorded it ("today" of that scan).</summary>
    public DateOnly ScanDate { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>The digest that carries it; set in the same transaction as the scan that recorded it.</summary>
    public Guid? DigestId { get; set; }

    public ReminderState State { get; set; } = ReminderState.Pending;

    /// <summary>When its digest was first delivered (in-app counts); null while pending.</summary>
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>The channels its digest reached, e.g. [InApp, Email].</summary>
    public List<DeliveryChannel> DeliveredVia { get; set; } = [];

    /// <summary>The last delivery failure in words ("SMTP: connection refused"), kept after a later success for the log.</summary>
    public string? LastFailure { get; set; }

    public DateTimeOffset? LastFailureAt { get; set; }
}
