using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Accounts;

/// <summary>An administrator's change to a user: name, roles, lead, disabled. Every field is replaced.</summary>
/// <param name="DisplayName">The name to show.</param>
/// <param name="Roles">At least one role.</param>
/// <param name="LeadId">The lead this user is; required when the roles include Lead.</param>
/// <param name="Disabled">True stops the user signing in; false lets them in again and ends any lockout.</param>
public sealed record UpdateUserRequest(
    [Required, StringLength(200, MinimumLength = 1)] string DisplayName,
    [Required, MinLength(1), MaxLength(5)] IReadOnlyList<Role> Roles,
    Guid? LeadId,
    bool Disabled);
