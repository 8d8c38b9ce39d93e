using AutoMapper;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Audit;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Features.Timescales;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Ordering;
using DeliveryTracker.Api.Infrastructure.Writes;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Timescales;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// Single actions: create under an objective, read with ratings, update, correct the timescale, delete, reorder,
/// history. (The filtered list of actions is <c>GET /api/v1/actions</c>, elsewhere.)
/// </summary>
/// <remarks>
/// Every write touches the action's row, even when only its links change, so its ETag always moves and a writer
/// holding the old one is refused.
/// </remarks>
public static class ActionEndpoints
{
    public static IEndpointRouteBuilder MapActionEndpoints(this IEndpointRouteBuilder api)
    {
        var actions = api.MapGroup("/actions").WithTags("Actions");
        var underObjective = api.MapGroup("/objectives/{objectiveId:guid}/actions").WithTags("Actions");

        underObjective.MapPost("/", CreateAction)
            .WithName("CreateAction")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Add an action to an objective")
            .WithDescription("The reference defaults to the theme code, the objective's position and the next free number (SYV-2.3); the timescale text is kept as written and read against the plan's period.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        underObjective.MapPut("/order", ReorderActions)
            .WithName("ReorderActions")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Put an objective's actions in a new order")
            .WithDescription("Send every action id of the objective once, in the new order, with the objective's ETag in If-Match.")
            .ProducesWriteProblems();

        actions.MapGet("/{actionId:guid}", GetAction)
            .WithName("GetAction")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("Get an action with its links and RAG ratings")
            .WithDescription("Ratings are worked out as of asOf (a date from 2000-01-01 to today), today in London by default.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        actions.MapPut("/{actionId:guid}", UpdateAction)
            .WithName("UpdateAction")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Replace an action's fields and links")
            .WithDescription("Replaces the action's fields and links. A different timescale text is read again and replaces dates corrected by hand.")
            .ReplacesRepresentation<UpdateActionRequest, ActionDto>();

        actions.MapPatch("/{actionId:guid}", PatchAction)
            .WithName("PatchAction")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Change some of an action's fields or links")
            .AcceptsMergePatch<UpdateActionRequest, ActionDto>();

        actions.MapPut("/{actionId:guid}/timescale", CorrectTimescale)
            .WithName("CorrectActionTimescale")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Correct an action's timescale dates by hand")
            .WithDescription("Sets the kind and dates, marks the timescale corrected and keeps the text as written.")
            .ProducesWriteProblems();

        actions.MapDelete("/{actionId:guid}", DeleteAction)
            .WithName("DeleteAction")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Delete an action that has no progress updates")
            .WithDescription("An action with progress updates keeps its history: set its status to Cancelled instead.")
            .ProducesWriteProblems();

        actions.MapGet("/{actionId:guid}/history", GetActionHistory)
            .WithName("GetActionHistory")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("An action's recorded changes, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Created<ActionDto>, NotFound>> CreateAction(
        Guid objectiveId, CreateActionRequest request, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var objective = await db.Objectives.AsNoTracking().Include(o => o.Theme).ThenInclude(t => t!.Plan).FirstOrDefaultAsync(o => o.Id == objectiveId, cancellationToken);
        if (objective is null)
        {
            return TypedResults.NotFound();
        }

        var theme = objective.Theme!;
        var plan = theme.Plan!;
        var links = await ActionLinks.ResolveAsync(db, plan, request.Leads, request.RecommendationNumbers, request.KpiIds, cancellationToken);
        var reference = await ActionReferences.AllocateAsync(db, plan.Id, theme.Code, objective.Position, request.ReferenceCode, cancellationToken);

        var action = new PlanAction
        {
            PlanId = plan.Id,
            ThemeId = theme.Id,
            ObjectiveId = objective.Id,
            ReferenceCode = reference,
            Text = request.Text,
            Status = request.Status,
            PercentComplete = request.PercentComplete,
            KpiText = request.KpiText,
            LeadToBeAgreed = request.LeadToBeAgreed,
            SourceNote = request.SourceNote,
        };
        TimescaleReader.Read(action.Timescale, request.Timescale, plan);
        links.ApplyTo(action);
        var siblings = await db.Actions.Where(a => a.ObjectiveId == objective.Id).OrderBy(a => a.Position).ToListAsync(cancellationToken);
        Ordering.Insert(siblings, action, request.Position);
        db.Actions.Add(action);
        await db.SaveChangesAsync(cancellationToken);

        var created = await ActionRepresentation.FindAsync(db, action.Id, cancellationToken);
        EntityTag.Set(http, created!.Version);
        return TypedResults.Created($"/api/v1/actions/{action.Id}", await ActionRepresentation.ToDtoAsync(created, db, mapper, clock.Today, cancellationToken));
    }

    public static async Task<Results<Ok<ActionDto>, NotFound>> GetAction(
        Guid actionId, DateOnly? asOf, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ratedAsOf = AsOfDate.Resolve(asOf, clock);
        var action = await ActionRepresentation.FindAsync(db, actionId, cancellationToken);
        if (action is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, action.Version);
        return TypedResults.Ok(await ActionRepresentation.ToDtoAsync(action, db, mapper, ratedAsOf, cancellationToken));
    }

    public static Task<Results<Ok<ActionDto>, NotFound>> UpdateAction(
        Guid actionId, UpdateActionRequest request, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken) =>
        WriteAsync(actionId, _ => Task.FromResult(request), db, mapper, clock, http, cancellationToken);

    public static async Task<Results<Ok<ActionDto>, NotFound>> PatchAction(
        Guid actionId, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(http, cancellationToken);
        return await WriteAsync(actionId, async current => await MergePatch.ApplyAsync<UpdateActionRequest>(http, await current(), patch), db, mapper, clock, http, cancellationToken);
    }
    /// <summary>
    /// PUT and PATCH alike: the change is made from the action as it is now, once its version is checked. The current
    /// representation (with its rating query) is built only when asked for: a PATCH merges into it, a PUT does not need it.
    /// </summary>
    private static async Task<Results<Ok<ActionDto>, NotFound>> WriteAsync(
        Guid actionId, Func<Func<Task<ActionDto>>, Task<UpdateActionRequest>> change, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var action = await db.Actions.WithLinks().FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken);
        if (action is null)
        {
            return TypedResults.NotFound();
        }

        await ActionRepresentation.EnsureCurrentAsync(ifMatch, action, db, mapper, clock.Today, cancellationToken);
        var request = await change(() => ActionRepresentation.ToDtoAsync(action, db, mapper, clock.Today, cancellationToken));
        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == action.PlanId, cancellationToken);
        var links = await ActionLinks.ResolveAsync(db, plan, request.Leads, request.RecommendationNumbers, request.KpiIds, cancellationToken);
        if (request.ReferenceCode != action.ReferenceCode)
        {
            await ActionReferences.EnsureFreeAsync(db, plan.Id, request.ReferenceCode, action.Id, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (links.MovesPrimaryBetweenKeptLeads(action))
        {
            ActionLinks.DemotePrimary(action);
            await db.SaveChangesAsync(cancellationToken);
        }

        action.ReferenceCode = request.ReferenceCode;
        action.Text = request.Text;
        action.Status = request.Status!.Value;
        action.PercentComplete = request.PercentComplete;
        action.KpiText = request.KpiText;
        action.LeadToBeAgreed = request.LeadToBeAgreed!.Value;
        action.SourceNote = request.SourceNote;
        if (!TimescaleReader.HoldsText(action.Timescale, request.Timescale.Raw))
        {
            TimescaleReader.Read(action.Timescale, request.Timescale.Raw, plan);
        }

        links.ApplyTo(action);
        EntityTag.Touch(db, action);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return await StoredAsync(actionId, db, mapper, clock, http, cancellationToken);
    }

    public static async Task<Results<Ok<ActionDto>, NotFound>> CorrectTimescale(
        Guid actionId, CorrectTimescaleRequest request, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var action = await db.Actions.WithLinks().FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken);
        if (action is null)
        {
            return TypedResults.NotFound();
        }

        await ActionRepresentation.EnsureCurrentAsync(ifMatch, action, db, mapper, clock.Today, cancellationToken);
        var kind = request.Kind!.Value;
        action.Timescale.Kind = kind;
        action.Timescale.StartDate = request.StartDate;
        action.Timescale.DueDate = request.DueDate;
        // Dates a person set are as sure as dates can be; a "to be agreed" or unknown timescale still has none.
        action.Timescale.Confidence = kind is TimescaleKind.ToBeAgreed or TimescaleKind.Unknown ? TimescaleConfidence.None : TimescaleConfidence.High;
        action.Timescale.IsCorrected = true;
        action.Timescale.Note = null;
        EntityTag.Touch(db, action);
        await db.SaveChangesAsync(cancellationToken);

        return await StoredAsync(actionId, db, mapper, clock, http, cancellationToken);
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAction(
        Guid actionId, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var action = await db.Actions.WithLinks().FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken);
        if (action is null)
        {
            return TypedResults.NotFound();
        }

        await ActionRepresentation.EnsureCurrentAsync(ifMatch, action, db, mapper, clock.Today, cancellationToken);
        var updates = await db.ProgressUpdates.CountAsync(u => u.ActionId == actionId, cancellationToken);
        if (updates > 0)
        {
            throw new ConflictException(
                $"The action has {updates} progress update(s), and history must stay: set its status to Cancelled instead.",
                new Dictionary<string, object?> { ["dependents"] = new { progressUpdates = updates } });
        }

        Ordering.Remove(await db.Actions.Where(a => a.ObjectiveId == action.ObjectiveId).ToListAsync(cancellationToken), action);
        db.Actions.Remove(action);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<Page<ActionDto>>, NotFound>> ReorderActions(
        Guid objectiveId, ReorderRequest request, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var objective = await db.Objectives.FirstOrDefaultAsync(o => o.Id == objectiveId, cancellationToken);
        if (objective is null)
        {
            return TypedResults.NotFound();
        }

        var actions = await db.Actions.WithLinks().Where(a => a.ObjectiveId == objectiveId).ToListAsync(cancellationToken);
        return TypedResults.Ok(await Reordering.ApplyAsync(
            db,
            http,
            ifMatch,
            objective,
            actions,
            request.Ids,
            async ordered => (await ActionRepresentation.ToDtosAsync(ordered, db, mapper, clock.Today, cancellationToken)).ToList(),
            current => new { objective.Id, Actions = current },
            cancellationToken));
    }

    public static Task<Results<Ok<Page<HistoryEntryDto>>, NotFound>> GetActionHistory(Guid actionId, TrackerDbContext db, CancellationToken cancellationToken) =>
        HistoryQuery.ResultAsync<PlanAction>(db, actionId, cancellationToken);

    /// <summary>Answers a write with the action as now stored, and its new ETag.</summary>
    private static async Task<Results<Ok<ActionDto>, NotFound>> StoredAsync(
        Guid actionId, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var stored = await ActionRepresentation.FindAsync(db, actionId, cancellationToken);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, stored.Version);
        return TypedResults.Ok(await ActionRepresentation.ToDtoAsync(stored, db, mapper, clock.Today, cancellationToken));
    }
}
