using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Accounts;

/// <summary>Users as administrators see them: account, roles and lead in one query.</summary>
internal static class UserQueries
{
    /// <summary>Projects <paramref name="users"/> (filter and order them first: the projection cannot be filtered).</summary>
    public static IQueryable<UserRow> Rows(this IQueryable<TrackerUser> users, TrackerDbContext db) =>
        users.AsNoTracking().Select(u => new UserRow(
            u.Id,
            u.Email!,
            u.DisplayName,
            db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            db.Leads.Where(l => l.UserId == u.Id).Select(l => (Guid?)l.Id).FirstOrDefault(),
            u.LockoutEnd,
            u.Disabled,
            u.CreatedAt,
            u.Version));

    /// <summary>
    /// The users feature's one mapping to <see cref="UserDto"/>, written by hand because it needs the time: a lockout
    /// that ended before <paramref name="now"/> is shown as none.
    /// </summary>
    public static UserDto ToDto(this UserRow row, DateTimeOffset now) => new(
        row.Id,
        row.Email,
        row.DisplayName,
        row.Roles.Select(r => Enum.Parse<Role>(r)).Order().ToList(),
        row.LeadId,
        row.LockoutEnd > now ? row.LockoutEnd : null,
        row.Disabled,
        row.CreatedAt,
        EntityTag.From(row.Version));
}

internal sealed record UserRow(
    Guid Id, string Email, string DisplayName, List<string> Roles, Guid? LeadId, DateTimeOffset? LockoutEnd, bool Disabled, DateTimeOffset CreatedAt, uint Version);
