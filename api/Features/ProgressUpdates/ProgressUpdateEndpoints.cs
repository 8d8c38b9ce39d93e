using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Auditing;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Contracts.Rag;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using DeliveryTracker.Api.Infrastructure.Text;

namespace DeliveryTracker.Api.Features.ProgressUpdates;

/// <summary>Progress updates: post one on an action (which moves the action's status and progress), read the timeline.</summary>
public static class ProgressUpdateEndpoints
{
    public static IEndpointRouteBuilder MapProgressUpdateEndpoints(this IEndpointRouteBuilder api)
    {
        var underAction = api.MapGroup("/actions/{actionId:guid}/progress-updates").WithTags("ProgressUpdates");
        var updates = api.MapGroup("/progress-updates").WithTags("ProgressUpdates");

        underAction.MapPost("/", CreateProgressUpdate)
            .WithName("CreateProgressUpdate")
            .RequireAuthorization(Policies.PostProgress)
            .WithSummary("Post a progress update on an action")
            .WithDescription(
                "Sets the action's status, percent complete (when given) and last-progress time. Send the action's ETag in If-Match; "
                + "the response carries its new ETag. A reported rating that differs from the rating derived for the action as it "
                + "will be (as of today) needs a justification.")
            .ProducesWriteProblems();

        underAction.MapGet("/", ListProgressUpdates)
            .WithName("ListProgressUpdates")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("An action's progress timeline, newest first")
            .WithDescription("Cursor-paginated: pass nextCursor back as cursor (also in the Link header, rel=\"next\").")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        updates.MapGet("/{progressUpdateId:guid}", GetProgressUpdate)
            .WithName("GetProgressUpdate")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("Get a progress update")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Created<ProgressUpdateDto>, NotFound>> CreateProgressUpdate(
        Guid actionId,
        CreateProgressUpdateRequest request,
        TrackerDbContext db,
        IMapper mapper,
        LondonClock clock,
        TimeProvider time,
        AuditActor actor,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var action = await db.Actions.WithLinks().FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken);
        if (action is null)
        {
            return TypedResults.NotFound();
        }

        await ActionLeadership.EnsureMayUpdateAsync(http.User, action, db, cancellationToken);
        var today = clock.Today;
        await ActionRepresentation.EnsureCurrentAsync(ifMatch, action, db, mapper, today, cancellationToken);
        var scale = await db.Plans.Where(p => p.Id == action.PlanId).Select(p => p.Settings.RagScale).FirstAsync(cancellationToken);
        EnsureReportable(request.ReportedRag, scale);

        // PostgreSQL keeps microseconds: trim the instant now so the response, the timeline and cursors agree exactly.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % 10));
        var update = new ProgressUpdate
        {
            ActionId = actionId,
            AuthorName = actor.Name,
            PostedAt = now,
            Status = request.Status!.Value,
            PercentComplete = request.PercentComplete,
            ReportedRag = request.ReportedRag,
            Justification = TextInput.NullIfBlank(request.Justification),
            Note = TextInput.NullIfBlank(request.Note),
            EvidenceLinks = [.. request.EvidenceLinks ?? []],
        };
        db.ProgressUpdates.Add(update);
        action.Status = update.Status;
        action.PercentComplete = request.PercentComplete ?? action.PercentComplete;
        action.LastProgressAt = now;

        // The derived rating to compare with is the one the action will have with this update applied, and only the
        // database knows it (action_ratings): write, ask, and roll back if the justification is missing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (request.ReportedRag is { } reported && update.Justification is null)
        {
            var derived = await db.ActionRatings(today).Where(r => r.ActionId == actionId).Select(r => r.DerivedRag).SingleAsync(cancellationToken);
            if (NeedsJustification(reported, derived))
            {
                throw new RequestValidationException(
                    "justification",
                    $"The rating derived for the action as of {today.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} is {derived}; say why you report {reported}.");
            }
        }

        await transaction.CommitAsync(cancellationToken);

        EntityTag.Set(http, action.Version);
        return TypedResults.Created($"/api/v1/progress-updates/{update.Id}", mapper.Map<ProgressUpdateDto>(update));
    }

    public static async Task<Results<Ok<Page<ProgressUpdateDto>>, NotFound>> ListProgressUpdates(
        Guid actionId, TrackerDbContext db, IMapper mapper, HttpContext http, [AsParameters] PageParameters page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var limit = Keyset.Limit(page.Limit);
        var cursor = page.Cursor;
        if (!await db.Actions.AnyAsync(a => a.Id == actionId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var query = db.ProgressUpdates.AsNoTracking().Where(u => u.ActionId == actionId);
        if (cursor is not null)
        {
            var (postedAt, id) = TimelineCursor.Decode(cursor);
            query = query.Where(u => EF.Functions.LessThan(ValueTuple.Create(u.PostedAt, u.Id), ValueTuple.Create(postedAt, id)));
        }

        var rows = await query
            .OrderByDescending(u => u.PostedAt).ThenByDescending(u => u.Id)
            .Take(limit + 1)
            .ProjectTo<ProgressUpdateDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit).ToList();
        string? next = null;
        if (rows.Count > limit)
        {
            next = TimelineCursor.Encode(items[^1].PostedAt, items[^1].Id);
            http.Response.Headers.Link = string.Create(CultureInfo.InvariantCulture, $"<{http.Request.Path}?limit={limit}&cursor={next}>; rel=\"next\"");
        }

        return TypedResults.Ok(new Page<ProgressUpdateDto>(items, next));
    }

    public static async Task<Results<Ok<ProgressUpdateDto>, NotFound>> GetProgressUpdate(
        Guid progressUpdateId, TrackerDbContext db, IMapper mapper, CancellationToken cancellationToken)
    {
        var update = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.Id == progressUpdateId)
            .ProjectTo<ProgressUpdateDto>(mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken);
        return update is null ? TypedResults.NotFound() : TypedResults.Ok(update);
    }

    /// <summary>Leads report on the plan's scale; Complete and NotRated come from the schedule and are never reported.</summary>
    /// <exception cref="RequestValidationException">Names <c>reportedRag</c>.</exception>
    private static void EnsureReportable(RagRating? reported, RagScale scale)
    {
        var error = reported switch
        {
            RagRating.Complete or RagRating.NotRated => $"{reported} is worked out from the schedule, not reported; report {Allowed(scale)}.",
            RagRating.AmberGreen or RagRating.AmberRed when scale == RagScale.ThreePoint => $"The plan uses the 3-point scale: report {Allowed(scale)}.",
            _ => null,
        };
        if (error is not null)
        {
            throw new RequestValidationException("reportedRag", error);
        }
    }

    private static string Allowed(RagScale scale) =>
        scale == RagScale.FivePoint ? "Green, AmberGreen, Amber, AmberRed or Red" : "Green, Amber or Red";

    /// <summary>
    /// A reported rating needs a justification when it differs from a derived Green, Amber or Red. A completed action
    /// (derived Complete) or a cancelled one (no derived rating) has no schedule rating to disagree with.
    /// </summary>
    private static bool NeedsJustification(RagRating reported, RagRating? derived) =>
        derived is RagRating.Green or RagRating.Amber or RagRating.Red && derived != reported;
}
