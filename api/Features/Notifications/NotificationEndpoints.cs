using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Idempotency;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Notifications;

/// <summary>The signed-in user's in-app notifications (reminder digests): list, unread count, mark as read.</summary>
public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");

        notifications.MapGet("/", ListNotifications)
            .WithName("ListNotifications")
            .WithSummary("The signed-in user's notifications, newest first, each digest with its reminders")
            .WithDescription("Notifications sent to the caller's account or to a lead linked to it. Filter: unread (true or false). Cursor-paginated (limit 1–200).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesValidationProblem();

        notifications.MapGet("/unread-count", GetUnreadCount)
            .WithName("GetUnreadNotificationCount")
            .WithSummary("How many of the signed-in user's notifications are unread")
            .RequireAuthorization(Policies.SignedIn);

        notifications.MapPost("/{notificationId:guid}/read", MarkNotificationRead)
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one of the signed-in user's notifications as read")
            .WithDescription("Idempotent: a notification already read keeps the time it was first read. Another user's notification is 404.")
            .RequireAuthorization(Policies.SignedIn)
            .WithoutIdempotencyKey()
            .ProducesProblem(StatusCodes.Status404NotFound);

        notifications.MapPost("/read-all", MarkAllNotificationsRead)
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark every one of the signed-in user's notifications as read")
            .WithDescription("Idempotent: notifications already read keep the time they were first read.")
            .RequireAuthorization(Policies.SignedIn)
            .WithoutIdempotencyKey();

        return api;
    }

    public static async Task<Ok<Page<NotificationDto>>> ListNotifications(
        [AsParameters] NotificationListParameters parameters, TrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (unread, limit, cursor) = parameters;
        var size = Keyset.Limit(limit);
        var after = Keyset.After<IdCursor>(cursor);
        var query = db.VisibleTo(http.User).AsNoTracking();
        if (unread is { } onlyUnread)
        {
            query = onlyUnread ? query.Where(n => n.ReadAt == null) : query.Where(n => n.ReadAt != null);
        }

        if (after is not null)
        {
            query = query.Where(n => n.Id < after.Id);
        }

        var rows = await query
            .OrderByDescending(n => n.Id)
            .Take(size + 1)
            .Select(n => new { n.Id, n.Subject, n.Body, n.CreatedAt, n.ReadAt, n.DigestId })
            .ToListAsync(cancellationToken);

        // The items of every digest on the page in one query, joined to their actions (a digest's reminders are its items).
        var digestIds = rows.Where(r => r.DigestId != null).Select(r => r.DigestId!.Value).ToList();
        var items = (await db.Reminders.AsNoTracking()
            .Where(r => r.DigestId != null && digestIds.Contains(r.DigestId.Value))
            .Join(db.Actions, r => r.ActionId, a => a.Id, (r, a) => new { r, a })
            .OrderByDescending(x => x.r.DaysOverdue)
            .ThenBy(x => x.r.DueOn)
            .ThenBy(x => x.a.ReferenceCode)
            .Select(x => new { x.r.DigestId, Item = new NotificationItemDto(x.r.Id, x.a.Id, x.a.ReferenceCode, x.a.Text, x.r.Kind, x.r.DueOn, x.r.DaysOverdue, x.r.State) })
            .ToListAsync(cancellationToken))
            .ToLookup(x => x.DigestId!.Value, x => x.Item);

        var notifications = rows
            .Select(n => new NotificationDto(n.Id, n.Subject, n.Body, n.CreatedAt, n.ReadAt, n.DigestId is { } digestId ? items[digestId].ToList() : []))
            .ToList();
        return TypedResults.Ok(Keyset.ToPage(http, notifications, size, n => new IdCursor(n.Id)));
    }

    public static async Task<Ok<UnreadCountDto>> GetUnreadCount(TrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(new UnreadCountDto(await db.VisibleTo(http.User).CountAsync(n => n.ReadAt == null, cancellationToken)));

    public static async Task<Results<NoContent, NotFound>> MarkNotificationRead(
        Guid notificationId, TrackerDbContext db, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        // A set-based update, not audited: reading a message changes no plan data, and the SPA calls this often.
        var visible = db.VisibleTo(http.User).Where(n => n.Id == notificationId);
        var now = time.GetUtcNow();
        if (await visible.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken) > 0
            || await visible.AnyAsync(cancellationToken))
        {
            return TypedResults.NoContent();
        }

        return TypedResults.NotFound();
    }

    public static async Task<NoContent> MarkAllNotificationsRead(TrackerDbContext db, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.VisibleTo(http.User).Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return TypedResults.NoContent();
    }
}
