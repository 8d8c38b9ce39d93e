using System.Security.Claims;
using DeliveryTracker.Api.Data;

namespace DeliveryTracker.Api.Features.Notifications;

/// <summary>
/// The object-level rule for notifications: a signed-in user sees those sent to their account and those sent to any
/// lead linked to their account (<see cref="Leads.Lead.UserId"/>), nothing else. Anyone else's is "not found", never
/// "forbidden", so ids do not reveal that a notification exists.
/// </summary>
/// <remarks>
/// Example: a Police contact reminded as the lead "Police" before they had an account is given one linked to that lead;
/// the digests sent to "Police" then appear on their notifications page with the ones sent to them since.
/// </remarks>
internal static class NotificationAccess
{
    public static IQueryable<Notification> VisibleTo(this TrackerDbContext db, ClaimsPrincipal user)
    {
        // A single sign-on caller with no account here has no id, and so sees nothing.
        var userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        return db.Notifications.Where(n =>
            userId != Guid.Empty
            && (n.UserId == userId || (n.LeadId != null && db.Leads.Any(l => l.Id == n.LeadId && l.UserId == userId))));
    }
}
