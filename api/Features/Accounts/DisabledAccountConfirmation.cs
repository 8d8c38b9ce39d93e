using Microsoft.AspNetCore.Identity;

namespace DeliveryTracker.Api.Features.Accounts;

/// <summary>Identity's "confirmed account" check, used as "not disabled": a disabled user's sign-in is refused as not allowed.</summary>
internal sealed class DisabledAccountConfirmation : IUserConfirmation<TrackerUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<TrackerUser> manager, TrackerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(!user.Disabled);
    }
}
