using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Reminders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>The reminders log: every reminder the scan recorded, with its delivery state.</summary>
public static class ReminderEndpoints
{
    public static IEndpointRouteBuilder MapReminderEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/reminders").WithTags("Reminders")
            .MapGet("/", ListReminders)
            .WithName("ListReminders")
            .WithSummary("The reminders log, newest first: action, recipient, kind, cycle, delivery state and the last failure")
            .WithDescription("Filters: planId, leadId, kind, state. Cursor-paginated (limit 1–200). Programme managers and administrators.")
            .RequireAuthorization(Policies.ReadReminders)
            .ProducesValidationProblem();
        return api;
    }

    public static async Task<Ok<Page<ReminderDto>>> ListReminders(
        [AsParameters] ReminderListParameters parameters, TrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (planId, leadId, kind, state, limit, cursor) = parameters;
        var size = Keyset.Limit(limit);
        var after = Keyset.After<IdCursor>(cursor);
        var query = db.Reminders.AsNoTracking();
        if (planId is not null)
        {
            query = query.Where(r => r.PlanId == planId);
        }

        if (leadId is not null)
        {
            query = query.Where(r => r.LeadId == leadId);
        }

        if (kind is not null)
        {
            query = query.Where(r => r.Kind == kind);
        }

        if (state is not null)
        {
            query = query.Where(r => r.State == state);
        }

        if (after is not null)
        {
            query = query.Where(r => r.Id < after.Id);
        }

        // A join with the action and the recipient's name (a lead's, or a programme manager's), so no AutoMapper profile.
        var reminders = await query
            .Join(db.Actions, r => r.ActionId, a => a.Id, (r, a) => new { r, a })
            .OrderByDescending(x => x.r.Id)
            .Take(size + 1)
            .Select(x => new ReminderDto(
                x.r.Id,
                x.r.PlanId,
                x.r.ActionId,
                x.a.ReferenceCode,
                x.a.Text,
                x.r.LeadId,
                x.r.UserId,
                x.r.LeadId != null
                    ? db.Leads.Where(l => l.Id == x.r.LeadId).Select(l => l.Name).First()
                    : db.Users.Where(u => u.Id == x.r.UserId).Select(u => u.DisplayName).First(),
                x.r.Kind,
                x.r.Cycle,
                x.r.DueOn,
                x.r.DaysOverdue,
                x.r.CreatedAt,
                x.r.State,
                x.r.DeliveredAt,
                x.r.DeliveredVia,
                x.r.LastFailure,
                x.r.LastFailureAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Keyset.ToPage(http, reminders, size, r => new IdCursor(r.Id)));
    }
}
