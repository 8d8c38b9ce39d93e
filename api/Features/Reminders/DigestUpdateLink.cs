namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>The signed link an email to a lead with no account carries: it lets them post updates to the digest's actions.</summary>
public sealed record DigestUpdateLink(Uri Url, DateTimeOffset ExpiresAt);
