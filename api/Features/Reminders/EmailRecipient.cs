namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// Where a digest's email goes, or why it does not (<see cref="SkipReason"/>, e.g. "email reminders turned off").
/// <see cref="NeedsUpdateLink"/>: a lead with no account, who can only post updates through a signed link.
/// <see cref="Unreachable"/>: skipped, and no other channel reaches the recipient either (a lead with no account, whose
/// in-app notification nobody can read, and no email address).
/// </summary>
public sealed record EmailRecipient(string? Address, string? Name, bool NeedsUpdateLink, string? SkipReason, bool Unreachable = false)
{
    public static EmailRecipient Skip(string reason, bool unreachable = false) => new(null, null, false, reason, unreachable);
}
