using AutoMapper;
using AutoMapper.QueryableExtensions;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Plans;

/// <summary>Read endpoints for plans and their tree of themes, objectives and actions.</summary>
public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");

        plans.MapGet("/", ListPlans)
            .WithName("ListPlans")
            .WithSummary("List plans")
            .WithDescription("Every plan, newest period first, with theme and action counts.");

        plans.MapGet("/{planId:guid}", GetPlan)
            .WithName("GetPlan")
            .WithSummary("Get a plan with its tree")
            .WithDescription("The plan, its settings and all its themes, objectives and actions (with leads, timescales and recommendation numbers) in document order.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Ok<Page<PlanSummaryDto>>> ListPlans(TrackerDbContext db, IMapper mapper, CancellationToken cancellationToken)
    {
        var plans = await db.Plans
            .AsNoTracking()
            .OrderByDescending(p => p.PeriodStart).ThenBy(p => p.Title)
            .ProjectTo<PlanSummaryDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<PlanSummaryDto>(plans, NextCursor: null));
    }

    public static async Task<Results<Ok<PlanDto>, NotFound>> GetPlan(Guid planId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        // Loaded as entities and mapped in memory: the tree is a few hundred rows, and split queries keep each one flat.
        var plan = await db.Plans
            .AsNoTracking()
            .AsSplitQuery()
            .Include(p => p.BoardMeetings)
            .Include(p => p.Themes).ThenInclude(t => t.Objectives).ThenInclude(o => o.Actions).ThenInclude(a => a.Leads).ThenInclude(l => l.Lead)
            .Include(p => p.Themes).ThenInclude(t => t.Objectives).ThenInclude(o => o.Actions).ThenInclude(a => a.Recommendations).ThenInclude(r => r.Recommendation)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, plan.Version);
        return TypedResults.Ok(mapper.Map<PlanDto>(plan));
    }
}
