namespace DeliveryTracker.Contracts.Accounts;

/// <summary>The signed-in user's own settings.</summary>
/// <param name="EmailReminders">Whether reminder digests are also emailed; they always appear in the notifications page.</param>
public sealed record PreferencesDto(bool EmailReminders);
