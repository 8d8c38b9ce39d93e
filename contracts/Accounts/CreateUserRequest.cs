using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Accounts;

/// <summary>A new user account, created by an administrator.</summary>
/// <param name="Email">The email address the user signs in with; unique ignoring case.</param>
/// <param name="DisplayName">The name to show.</param>
/// <param name="Password">The first password: at least 12 characters, not all of one kind (the password policy names what is missing).</param>
/// <param name="Roles">At least one role.</param>
/// <param name="LeadId">The lead this user is; required when the roles include Lead.</param>
public sealed record CreateUserRequest(
    [Required, EmailAddress, StringLength(320)] string Email,
    [Required, StringLength(200, MinimumLength = 1)] string DisplayName,
    [Required, StringLength(256, MinimumLength = 1)] string Password,
    [Required, MinLength(1), MaxLength(5)] IReadOnlyList<Role> Roles,
    Guid? LeadId = null);
