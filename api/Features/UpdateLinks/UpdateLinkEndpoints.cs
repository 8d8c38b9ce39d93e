using System.Security.Claims;
using AutoMapper;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.ProgressUpdates;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Features.Security;
using DeliveryTracker.Api.Infrastructure.Auditing;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Contracts.Security;
using DeliveryTracker.Contracts.UpdateLinks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.UpdateLinks;

/// <summary>
/// Signed update links. For the partner lead who holds one (no account; <c>Authorization: UpdateLink …</c>): read what
/// it covers and post a progress update to one of those actions. For programme managers: list links and revoke one.
/// </summary>
public static class UpdateLinkEndpoints
{
    public static IEndpointRouteBuilder MapUpdateLinkEndpoints(this IEndpointRouteBuilder api)
    {
        var held = api.MapGroup("/update-link").WithTags("UpdateLinks");
        var links = api.MapGroup("/update-links").WithTags("UpdateLinks");

        held.MapGet("/", GetUpdateLink)
            .WithName("GetUpdateLink")
            .WithSummary("What a signed update link covers: its lead, its expiry and the actions it lets them update")
            .WithDescription("Send the link's token as 'Authorization: UpdateLink <token>' (the part of the link after '#'). An expired, revoked or altered link gets 401 with a plain reason.")
            .RequireAuthorization(Policies.UseUpdateLink)
            .WithUpdateLinkRateLimit();

        held.MapPost("/actions/{actionId:guid}/progress-updates", PostUpdateLinkProgressUpdate)
            .WithName("PostUpdateLinkProgressUpdate")
            .WithSummary("Post a progress update through a signed update link, on one of the actions it covers")
            .WithDescription(
                "The same rules as posting signed in: send the action's etag (from GET /api/v1/update-link) in If-Match; a reported rating that "
                + "differs from the derived one needs a justification. An action the link does not cover → 404. The author is recorded as the lead "
                + "(\"St Giles Trust (update link)\").")
            .RequireAuthorization(Policies.UseUpdateLink)
            .WithUpdateLinkRateLimit()
            .ProducesWriteProblems();

        links.MapGet("/", ListUpdateLinks)
            .WithName("ListUpdateLinks")
            .WithSummary("Signed update links sent to leads without an account, newest first, with their state and last use")
            .WithDescription("Filters: leadId, active. Cursor-paginated (limit 1–200). Each use and refusal of a link is in the security log under the subject update-link:<id>.")
            .RequireAuthorization(Policies.EditPlans)
            .ProducesValidationProblem();

        links.MapDelete("/{updateLinkId:guid}", RevokeUpdateLink)
            .WithName("RevokeUpdateLink")
            .WithSummary("Revoke a signed update link: it stops working at once; its record stays for the log")
            .WithDescription("Revoking a revoked link changes nothing (the first revocation is kept). The next use of the link gets 401 saying it has been cancelled.")
            .RequireAuthorization(Policies.EditPlans)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Ok<UpdateLinkDto>> GetUpdateLink(TrackerDbContext db, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var linkId = LinkId(http.User);
        var link = await db.UpdateLinks.AsNoTracking()
            .Where(l => l.Id == linkId)
            .Select(l => new { l.DigestId, l.ExpiresAt, LeadName = db.Leads.Where(d => d.Id == l.LeadId).Select(d => d.Name).First() })
            .FirstAsync(cancellationToken);
        var actions = await ActionsAsync(db, link.DigestId, null, clock.Today, cancellationToken);
        return TypedResults.Ok(new UpdateLinkDto(link.LeadName, link.ExpiresAt, actions));
    }

    public static async Task<Results<Created<ProgressUpdateDto>, NotFound>> PostUpdateLinkProgressUpdate(
        Guid actionId,
        CreateProgressUpdateRequest request,
        TrackerDbContext db,
        IMapper mapper,
        LondonClock clock,
        ProgressUpdateRecorder recorder,
        AuditActor actor,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var linkId = LinkId(http.User);
        var digestId = await db.UpdateLinks.Where(l => l.Id == linkId).Select(l => l.DigestId).FirstAsync(cancellationToken);
        // Only the digest's actions: any other (whether or not it exists) is not found, so a link tells nothing of the rest.
        if (!await ActionIdsIn(db, digestId).AnyAsync(id => id == actionId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var action = await db.Actions.FirstAsync(a => a.Id == actionId, cancellationToken);
        if (ifMatch != action.Version)
        {
            // 412 with the action as the link shows it, never the full action representation.
            var current = (await ActionsAsync(db, digestId, actionId, clock.Today, cancellationToken))[0];
            EntityTag.EnsureCurrent(ifMatch, action.Version, () => current);
        }

        var update = await recorder.RecordAsync(action, request, actor.Name, authorUserId: null, cancellationToken);
        EntityTag.Set(http, action.Version);
        // No Location: the link cannot read the update back at /api/v1/progress-updates/{id}.
        return TypedResults.Created((string?)null, mapper.Map<ProgressUpdateDto>(update));
    }

    public static async Task<Ok<Page<UpdateLinkSummaryDto>>> ListUpdateLinks(
        [AsParameters] UpdateLinkListParameters parameters, TrackerDbContext db, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (leadId, active, limit, cursor) = parameters;
        var size = Keyset.Limit(limit);
        var after = Keyset.After<IdCursor>(cursor);
        var now = time.GetUtcNow();
        var query = db.UpdateLinks.AsNoTracking();
        if (leadId is not null)
        {
            query = query.Where(l => l.LeadId == leadId);
        }

        if (active is { } wanted)
        {
            query = wanted ? query.Where(l => l.RevokedAt == null && l.ExpiresAt > now) : query.Where(l => l.RevokedAt != null || l.ExpiresAt <= now);
        }

        if (after is not null)
        {
            query = query.Where(l => l.Id < after.Id);
        }

        var rows = await query
            .OrderByDescending(l => l.Id)
            .Take(size + 1)
            .Select(l => new UpdateLinkSummaryDto(
                l.Id,
                l.DigestId,
                l.LeadId,
                db.Leads.Where(d => d.Id == l.LeadId).Select(d => d.Name).First(),
                // Written out, not ActionIdsIn: EF translates a subquery in a projection only when it sees its expression.
                db.Reminders.Where(r => r.DigestId == l.DigestId && r.State != ReminderState.Withdrawn)
                    .Where(r => db.Actions.Any(a => a.Id == r.ActionId && a.Status != ActionStatus.Completed && a.Status != ActionStatus.Cancelled))
                    .Select(r => r.ActionId).Distinct().Count(),
                l.CreatedAt,
                l.ExpiresAt,
                l.RevokedAt,
                l.RevokedBy,
                l.LastUsedAt,
                l.RevokedAt == null && l.ExpiresAt > now))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Keyset.ToPage(http, rows, size, l => new IdCursor(l.Id)));
    }

    public static async Task<Results<NoContent, NotFound>> RevokeUpdateLink(
        Guid updateLinkId, TrackerDbContext db, SecurityLog securityLog, AuditActor actor, TimeProvider time, CancellationToken cancellationToken)
    {
        var link = await db.UpdateLinks.FirstOrDefaultAsync(l => l.Id == updateLinkId, cancellationToken);
        if (link is null)
        {
            return TypedResults.NotFound();
        }

        // Revoking twice keeps the first revocation: who stopped it, and when.
        if (link.RevokedAt is null)
        {
            link.RevokedAt = time.GetUtcNow();
            link.RevokedBy = actor.Name;
            securityLog.Add(SecurityEventKind.UpdateLinkRevoked, actor.Name, UpdateLinkAuthenticationHandler.Subject(link.Id), $"lead {link.LeadId}, digest {link.DigestId}");
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    /// <summary>The actions a digest's link covers: its reminders' actions, except reminders withdrawn before delivery.</summary>
    private static IQueryable<Guid> ActionIdsIn(TrackerDbContext db, Guid digestId) =>
        // An action completed or cancelled since is out, even when its reminder was delivered (in-app delivery never
        // withdraws a reminder, and the email may go out later): the link is for the work still open.
        db.Reminders.Where(r => r.DigestId == digestId && r.State != ReminderState.Withdrawn)
            .Where(r => db.Actions.Any(a => a.Id == r.ActionId && a.Status != ActionStatus.Completed && a.Status != ActionStatus.Cancelled))
            .Select(r => r.ActionId).Distinct();

    /// <summary>The digest's actions (or one of them) as the link shows them, rated as of <paramref name="today"/>, in plan order.</summary>
    private static async Task<IReadOnlyList<UpdateLinkActionDto>> ActionsAsync(
        TrackerDbContext db, Guid digestId, Guid? onlyActionId, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = ActionIdsIn(db, digestId);
        var actions = await db.Actions.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && (onlyActionId == null || a.Id == onlyActionId))
            .OrderBy(a => a.PlanId).ThenBy(a => a.ThemePosition).ThenBy(a => a.ObjectivePosition).ThenBy(a => a.Position)
            .Select(a => new { a.Id, a.ReferenceCode, a.Text, a.Status, a.PercentComplete, a.LastProgressAt, a.Version, Scale = db.Plans.Where(p => p.Id == a.PlanId).Select(p => p.Settings.RagScale).First() })
            .ToListAsync(cancellationToken);
        var actionIds = actions.Select(a => a.Id).ToList();
        var ratings = await db.ActionRatings(today).AsNoTracking().Where(r => actionIds.Contains(r.ActionId)).ToDictionaryAsync(r => r.ActionId, cancellationToken);
        return actions.Select(a =>
        {
            var rating = ratings[a.Id].ToDto(today);
            return new UpdateLinkActionDto(
                a.Id, a.ReferenceCode, a.Text, a.Status, a.PercentComplete, rating.DueDate, a.LastProgressAt, rating.Derived, rating.DerivedReasonText, a.Scale, EntityTag.From(a.Version));
        }).ToList();
    }

    private static Guid LinkId(ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(Policies.UpdateLinkClaim) ?? throw new InvalidOperationException("The update-link policy lets only link principals in."));
}
