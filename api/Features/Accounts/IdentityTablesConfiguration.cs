using DeliveryTracker.Api.Data;
using DeliveryTracker.Contracts.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Accounts;

/// <summary>Short snake_case names for the Identity tables ("users", not "asp_net_users"), and limits on the user's own columns.</summary>
internal static class IdentityTablesConfiguration
{
    /// <summary>Fixed ids, so the migration that creates the roles never changes.</summary>
    public static Guid RoleId(Role role) => new($"00000000-0000-7000-8000-{(int)role + 1:D12}");

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TrackerUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.EmailReminders).HasDefaultValue(true);
            user.Property(u => u.Version).IsXminConcurrencyToken();
        });
        modelBuilder.Entity<IdentityRole<Guid>>(role =>
        {
            role.ToTable("roles");
            // The roles are fixed (one per Role value), so they are data of the schema, not of a seeding step.
            role.HasData(Enum.GetValues<Role>().Select(r => new IdentityRole<Guid>
            {
                Id = RoleId(r),
                Name = r.ToString(),
                NormalizedName = r.ToString().ToUpperInvariant(),
                ConcurrencyStamp = RoleId(r).ToString(),
            }));
        });
        modelBuilder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
    }
}
