namespace DeliveryTracker.Contracts.Accounts;

/// <summary>A user account, as administrators see it. Never carries a password or its hash.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Email">The email address the user signs in with.</param>
/// <param name="DisplayName">The name to show.</param>
/// <param name="Roles">The user's roles.</param>
/// <param name="LeadId">The lead this user is, when they lead actions.</param>
/// <param name="LockedOutUntil">When a lockout after repeated failed sign-ins ends; null when not locked out.</param>
/// <param name="Disabled">A disabled user cannot sign in.</param>
/// <param name="CreatedAt">When the account was created (UTC).</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record UserDto(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<Role> Roles,
    Guid? LeadId,
    DateTimeOffset? LockedOutUntil,
    bool Disabled,
    DateTimeOffset CreatedAt,
    string Etag);
