using AutoMapper;
using AutoMapper.QueryableExtensions;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Audit;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Api.Infrastructure.Writes;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Plans;

/// <summary>Read endpoints for plans and their tree of themes, objectives and actions.</summary>
public static class PlanEndpoints
{
    /// <summary>What a plan created without settings gets: the product's defaults, no board meetings.</summary>
    private static readonly PlanSettingsRequest DefaultSettings = ToRequest(new PlanSettings());

    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");

        plans.MapGet("/", ListPlans)
            .WithName("ListPlans")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("List plans")
            .WithDescription("Plans newest period first, then newest created first, with theme and action counts. Cursor-paginated (limit 1–200, default 50; cursor from nextCursor).")
            .ProducesValidationProblem();

        plans.MapGet("/{planId:guid}", GetPlan)
            .WithName("GetPlan")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("Get a plan with its tree")
            .WithDescription("The plan, its settings and all its themes, objectives and actions (with leads, timescales and recommendation numbers) in document order.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPost("/", CreatePlan)
            .WithName("CreatePlan")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Create a plan")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapPut("/{planId:guid}", UpdatePlan)
            .WithName("UpdatePlan")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Replace a plan's fields, settings and board calendar")
            .ReplacesRepresentation<UpdatePlanRequest, PlanDto>();

        plans.MapPatch("/{planId:guid}", PatchPlan)
            .WithName("PatchPlan")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Change some of a plan's fields, settings or board calendar")
            .AcceptsMergePatch<UpdatePlanRequest, PlanDto>();

        plans.MapDelete("/{planId:guid}", DeletePlan)
            .WithName("DeletePlan")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Delete a plan that has no themes (archive one that has)")
            .ProducesWriteProblems();

        plans.MapGet("/{planId:guid}/history", GetPlanHistory)
            .WithName("GetPlanHistory")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("A plan's recorded changes, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Ok<Page<PlanSummaryDto>>> ListPlans(
        TrackerDbContext db, IMapper mapper, HttpContext http, [AsParameters] PageParameters page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (limit, cursor) = page;
        var size = Keyset.Limit(limit);
        var after = Keyset.After<PlanCursor>(cursor);
        var query = db.Plans.AsNoTracking();
        if (after is not null)
        {
            query = query.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.PeriodStart, p.Id), ValueTuple.Create(after.PeriodStart, after.Id)));
        }

        var plans = await query
            .OrderByDescending(p => p.PeriodStart).ThenByDescending(p => p.Id)
            .Take(size + 1)
            .ProjectTo<PlanSummaryDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Keyset.ToPage(http, plans, size, p => new PlanCursor(p.PeriodStart, p.Id)));
    }

    public static async Task<Results<Ok<PlanDto>, NotFound>> GetPlan(Guid planId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var plan = await LoadTreeAsync(db, planId, cancellationToken);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, plan.Version);
        return TypedResults.Ok(mapper.Map<PlanDto>(plan));
    }

    public static async Task<Created<PlanDto>> CreatePlan(PlanRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var complete = new UpdatePlanRequest(
            request.Title, request.PeriodStart, request.PeriodEnd, request.Status, request.SourceDocument, request.ReviewId, request.Settings ?? DefaultSettings);
        await EnsureReviewExistsAsync(db, complete.ReviewId, cancellationToken);
        var plan = new Plan { Title = request.Title };
        Apply(plan, complete);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, plan.Version);
        return TypedResults.Created($"/api/v1/plans/{plan.Id}", mapper.Map<PlanDto>(plan));
    }

    public static Task<Results<Ok<PlanDto>, NotFound>> UpdatePlan(
        Guid planId, UpdatePlanRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        WriteAsync(planId, _ => Task.FromResult(request), db, mapper, http, cancellationToken);

    public static async Task<Results<Ok<PlanDto>, NotFound>> PatchPlan(Guid planId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(http, cancellationToken);
        return await WriteAsync(planId, current => MergePatch.ApplyAsync<UpdatePlanRequest>(http, current, patch), db, mapper, http, cancellationToken);
    }

    public static Task<Results<NoContent, NotFound>> DeletePlan(Guid planId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        MappedResourceWrite.DeleteAsync<Plan, PlanDto>(
            db.Plans.Include(p => p.BoardMeetings).Include(p => p.Themes).Where(p => p.Id == planId),
            async plan =>
            {
                var kpis = await db.Kpis.Where(k => k.PlanId == planId).Select(k => new { k.Id, k.Code }).ToListAsync(cancellationToken);
                if (plan.Themes.Count > 0 || kpis.Count > 0)
                {
                    throw new ConflictException(
                        "The plan has themes or KPIs; delete them first, or archive the plan (status Archived) to keep its history.",
                        new Dictionary<string, object?>
                        {
                            ["dependents"] = new { themes = plan.Themes.OrderBy(t => t.Position).Select(t => new { t.Id, t.Code }).ToList(), kpis },
                        });
                }
            },
            db, mapper, http, cancellationToken);

    public static Task<Results<Ok<Page<HistoryEntryDto>>, NotFound>> GetPlanHistory(Guid planId, TrackerDbContext db, CancellationToken cancellationToken) =>
        HistoryQuery.ResultAsync<Plan>(db, planId, cancellationToken);

    /// <summary>The plan with its whole tree, read untracked.</summary>
    /// <remarks>Loaded as entities and mapped in memory: the tree is a few hundred rows, and split queries keep each one flat.</remarks>
    private static Task<Plan?> LoadTreeAsync(TrackerDbContext db, Guid planId, CancellationToken cancellationToken) =>
        db.Plans
            .AsNoTracking()
            .AsSplitQuery()
            .Include(p => p.BoardMeetings)
            .Include(p => p.Themes).ThenInclude(t => t.Objectives).ThenInclude(o => o.Actions).ThenInclude(a => a.Leads).ThenInclude(l => l.Lead)
            .Include(p => p.Themes).ThenInclude(t => t.Objectives).ThenInclude(o => o.Actions).ThenInclude(a => a.Recommendations).ThenInclude(r => r.Recommendation)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);

    private static async Task EnsureReviewExistsAsync(TrackerDbContext db, Guid? reviewId, CancellationToken cancellationToken)
    {
        if (reviewId is { } id && !await db.Reviews.AnyAsync(r => r.Id == id, cancellationToken))
        {
            throw new RequestValidationException("reviewId", "There is no review with this id.");
        }
    }

    /// <summary>PUT and PATCH alike: the change is made from the plan as it is now, once its version is checked.</summary>
    private static async Task<Results<Ok<PlanDto>, NotFound>> WriteAsync(
        Guid planId, Func<PlanDto, Task<UpdatePlanRequest>> change, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var plan = await db.Plans.Include(p => p.BoardMeetings).FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        var current = mapper.Map<PlanDto>(plan);
        EntityTag.EnsureCurrent(ifMatch, plan.Version, () => current);
        var request = await change(current);
        await EnsureReviewExistsAsync(db, request.ReviewId, cancellationToken);
        Apply(plan, request);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, plan.Version);
        return TypedResults.Ok(mapper.Map<PlanDto>(await LoadTreeAsync(db, planId, cancellationToken)));
    }

    private static PlanSettingsRequest ToRequest(PlanSettings settings) => new(
        settings.RagScale,
        settings.DueSoonDays,
        settings.StaleAfterDays,
        settings.ProgressRedBelowPercent,
        settings.ProgressAmberBelowPercent,
        settings.ReminderDueSoonDays,
        settings.OverdueReminderEveryDays,
        settings.EscalateAfterDaysOverdue,
        settings.BoardUpdateRequestWorkingDays,
        settings.RemindersPaused,
        []);

    private static void Apply(Plan plan, UpdatePlanRequest request)
    {
        var settings = request.Settings;
        plan.Title = request.Title;
        plan.PeriodStart = request.PeriodStart!.Value;
        plan.PeriodEnd = request.PeriodEnd!.Value;
        plan.Status = request.Status!.Value;
        plan.SourceDocument = request.SourceDocument;
        plan.ReviewId = request.ReviewId;
        plan.Settings.RagScale = settings.RagScale;
        plan.Settings.DueSoonDays = settings.DueSoonDays;
        plan.Settings.StaleAfterDays = settings.StaleAfterDays;
        plan.Settings.ProgressRedBelowPercent = settings.ProgressRedBelowPercent;
        plan.Settings.ProgressAmberBelowPercent = settings.ProgressAmberBelowPercent;
        plan.Settings.ReminderDueSoonDays = settings.ReminderDueSoonDays;
        plan.Settings.EscalateAfterDaysOverdue = settings.EscalateAfterDaysOverdue;
        plan.Settings.BoardUpdateRequestWorkingDays = settings.BoardUpdateRequestWorkingDays;
        plan.Settings.OverdueReminderEveryDays = settings.OverdueReminderEveryDays;
        plan.Settings.RemindersPaused = settings.RemindersPaused;

        // The calendar is replaced as a set: meetings kept keep their rows (and history), others come and go.
        var wanted = settings.BoardMeetings.ToHashSet();
        plan.BoardMeetings.RemoveAll(m => !wanted.Contains(m.MeetingDate));
        foreach (var date in wanted.Except(plan.BoardMeetings.Select(m => m.MeetingDate)).Order())
        {
            plan.BoardMeetings.Add(new BoardMeeting { PlanId = plan.Id, MeetingDate = date });
        }
    }
}
