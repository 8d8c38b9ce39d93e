namespace DeliveryTracker.Contracts.Security;

/// <summary>One entry of the security log: sign-ins, failed sign-ins, permission changes, API key creation and use.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="Kind">What happened.</param>
/// <param name="Actor">Who did it: a user's email, "api-key:&lt;name&gt;", or "anonymous".</param>
/// <param name="Subject">What it happened to: the email tried, the user changed, the key's name.</param>
/// <param name="IpAddress">The client's address, when known.</param>
/// <param name="Detail">More about it, e.g. the roles before and after, or why a key was refused.</param>
public sealed record SecurityEventDto(
    Guid Id,
    DateTimeOffset OccurredAt,
    SecurityEventKind Kind,
    string Actor,
    string Subject,
    string? IpAddress,
    string? Detail);
