namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// Where a digest's email goes, or why it does not (<see cref="SkipReason"/>, e.g. "email reminders turned off").
/// <see cref="NeedsUpdateLink"/>: a lead with no account, who can only post updates through a signed link.
/// </summary>
public sealed record EmailRecipient(string? Address, string? Name, bool NeedsUpdateLink, string? SkipReason)
{
    public static EmailRecipient Skip(string reason) => new(null, null, false, reason);
}
