namespace DeliveryTracker.Contracts.Accounts;

/// <summary>The signed-in user's own settings, every one required.</summary>
/// <param name="EmailReminders">Email me reminder digests as well as showing them in the notifications page.</param>
public sealed record PreferencesRequest(bool EmailReminders);
