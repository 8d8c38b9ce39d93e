namespace DeliveryTracker.Contracts.Accounts;

/// <summary>Who is signed in and what they may do.</summary>
/// <param name="Id">The user's id (null for a single sign-on user without an account here).</param>
/// <param name="Email">The user's email address or sign-in name.</param>
/// <param name="DisplayName">The name to show.</param>
/// <param name="Roles">The user's roles.</param>
/// <param name="LeadId">The lead this user is, when they lead actions.</param>
/// <param name="AuthenticationMethod">How the request was authenticated: "cookie" or "bearer".</param>
public sealed record CurrentUserDto(
    Guid? Id,
    string Email,
    string DisplayName,
    IReadOnlyList<Role> Roles,
    Guid? LeadId,
    string AuthenticationMethod);
