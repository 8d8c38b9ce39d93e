using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>What one reminder scan recorded: new reminders by kind (a rerun records none) and the digests it created.</summary>
public sealed record ScanResult(DateOnly ScanDate, IReadOnlyDictionary<ReminderKind, int> RemindersByKind, IReadOnlyList<Guid> DigestIds)
{
    public int Reminders => RemindersByKind.Values.Sum();

    public int Recorded(ReminderKind kind) => RemindersByKind.GetValueOrDefault(kind);
}
