using System.Security.Claims;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Contracts.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeliveryTracker.Api.Features.Plans;

/// <summary>A plan's dashboard: ratings by theme, attention counts, KPI tiles and latest updates as of a date.</summary>
public static class PlanDashboardEndpoints
{
    public static IEndpointRouteBuilder MapPlanDashboardEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/plans").WithTags("Plans")
            .MapGet("/{planId:guid}/dashboard", GetPlanDashboard)
            .WithName("GetPlanDashboard")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("A plan's dashboard as of a date")
            .WithDescription("In one response: the plan's actions by effective rating, the same per theme in plan order, the counts of "
                + "overdue, due-soon, stale and blocked actions (each what GET /api/v1/actions lists with planId, asOf and that filter set "
                + "to true), a tile per KPI for callers that may read KPIs (read-kpis; empty otherwise) (rating and reason, latest value, up to 8 measurements as a trend) and the 5 latest progress "
                + "updates posted by the end of the as-of day in London. asOf is a date from 2000-01-01 to today, today in London by default.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        return api;
    }

    public static async Task<Results<Ok<PlanDashboardDto>, NotFound>> GetPlanDashboard(
        Guid planId, DateOnly? asOf, ClaimsPrincipal user, IAuthorizationService authorization, TrackerDbContext db, LondonClock clock,
        CancellationToken cancellationToken)
    {
        // KPI figures are guarded by read-kpis everywhere else (an API key needs kpis:read), so the tiles are filled only
        // for a caller that passes that policy too: a key with plans:read alone gets the ratings and no KPI tiles.
        var includeKpis = (await authorization.AuthorizeAsync(user, Policies.ReadKpis)).Succeeded;
        var dashboard = await PlanDashboardQuery.LoadAsync(db, planId, AsOfDate.Resolve(asOf, clock), includeKpis, cancellationToken);
        return dashboard is null ? TypedResults.NotFound() : TypedResults.Ok(dashboard);
    }
}
