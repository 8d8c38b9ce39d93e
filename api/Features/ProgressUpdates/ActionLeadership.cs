using System.Security.Claims;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Contracts.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.ProgressUpdates;

/// <summary>
/// The object-level rule for progress updates: a programme manager may update any action; a lead only the actions
/// they are one of the leads of (their account is linked to the lead: <see cref="Leads.Lead.UserId"/>).
/// </summary>
internal static class ActionLeadership
{
    /// <exception cref="ForbiddenException">The caller is not a programme manager and does not lead the action.</exception>
    public static async Task EnsureMayUpdateAsync(ClaimsPrincipal user, PlanAction action, TrackerDbContext db, CancellationToken cancellationToken)
    {
        if (user.IsInRole(nameof(Role.ProgrammeManager)))
        {
            return;
        }

        var leadIds = action.Leads.Select(l => l.LeadId).ToList();
        var userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        if (userId == Guid.Empty || !await db.Leads.AnyAsync(l => l.UserId == userId && leadIds.Contains(l.Id), cancellationToken))
        {
            throw new ForbiddenException($"You can post progress updates only on actions you lead; {action.ReferenceCode} is led by others.");
        }
    }
}
