using Microsoft.AspNetCore.Identity;

namespace DeliveryTracker.Api.Features.Accounts;

/// <summary>
/// A person who signs in: an ASP.NET Core Identity user (email as user name, password hash, lockout) with a display
/// name. Roles are Identity roles named after <see cref="Contracts.Accounts.Role"/>; which lead a user is comes from
/// <see cref="Leads.Lead.UserId"/>.
/// </summary>
public sealed class TrackerUser : IdentityUser<Guid>
{
    public TrackerUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public required string DisplayName { get; set; }

    /// <summary>A disabled user cannot sign in; their cookie stops working at its next validation.</summary>
    public bool Disabled { get; set; }

    /// <summary>Whether reminder digests are also emailed (they always appear in-app). On by default; each user sets their own.</summary>
    public bool EmailReminders { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>PostgreSQL's xmin: the ETag administrators' edits are checked against.</summary>
    public uint Version { get; set; }
}
