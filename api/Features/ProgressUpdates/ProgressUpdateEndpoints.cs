using System.Globalization;
using System.Security.Claims;
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
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        ProgressUpdateRecorder recorder,
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
        await ActionRepresentation.EnsureCurrentAsync(ifMatch, action, db, mapper, clock.Today, cancellationToken);
        var authorUserId = Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : (Guid?)null;
        var update = await recorder.RecordAsync(action, request, actor.Name, authorUserId, cancellationToken);

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
}
