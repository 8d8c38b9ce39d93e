using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Rag;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>The filtered, paginated list of actions with their ratings, and the RAG counts of the same selection.</summary>
public static class ActionListEndpoints
{
    private static readonly DateOnly NoDueDate = DateOnly.MaxValue;

    public static IEndpointRouteBuilder MapActionListEndpoints(this IEndpointRouteBuilder api)
    {
        var actions = api.MapGroup("/actions").WithTags("Actions");

        actions.MapGet("/", ListActions)
            .WithName("ListActions")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("List actions, filtered, with their ratings")
            .WithDescription("Every filter narrows the list (they combine with AND; repeat status or rag to allow several values). "
                + "rag matches the effective rating; overdue=true selects actions past their due date and not completed; dueSoon, stale and blocked "
                + "select the same attention flags the plan dashboard counts. sort=Urgency puts the most urgent first. "
                + "Ratings are worked out for asOf (default: today in Europe/London). Pages of up to 200 follow nextCursor or the Link header.")
            .ProducesValidationProblem();

        actions.MapGet("/rag-counts", CountActionRatings)
            .WithName("CountActionRatings")
            .RequireAuthorization(Policies.ReadReports)
            .WithSummary("Count the selected actions by effective rating")
            .WithDescription("Takes the same filters as the list; counted in the database.")
            .ProducesValidationProblem();

        return api;
    }

    public static async Task<Ok<Page<ActionSummaryDto>>> ListActions(
        [AsParameters] ActionListParameters parameters, TrackerDbContext db, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var asOf = AsOfDate.Resolve(parameters.AsOf, clock);
        var limit = Keyset.Limit(parameters.Limit);
        var sort = parameters.Sort ?? ActionSort.Plan;
        var after = Keyset.After<ActionCursor>(parameters.Cursor);
        if (after is not null && after.Sort != sort)
        {
            throw new RequestValidationException("cursor", "This cursor belongs to a list in another order; start again without a cursor.");
        }

        var rows = Ordered(parameters.ToQuery().Apply(db, asOf), sort, after);
        var page = await rows
            .Take(limit + 1)
            .Select(r => new
            {
                r.Action.Id,
                r.Action.PlanId,
                r.Action.ThemePosition,
                r.Action.ObjectivePosition,
                r.Action.Position,
                r.Action.ThemeId,
                r.Action.ObjectiveId,
                r.Action.ReferenceCode,
                r.Action.Text,
                r.Action.Status,
                r.Action.PercentComplete,
                r.Action.Timescale.Raw,
                r.Action.Timescale.Kind,
                r.Action.Timescale.StartDate,
                r.Action.Timescale.DueDate,
                r.Action.LeadToBeAgreed,
                r.Rating,
                r.Action.UpdatedAt,
                r.Urgency,
                r.UrgencyDue,
            })
            .ToListAsync(cancellationToken);

        var links = await ActionLinkLookup.LoadAsync(db, page.Select(a => a.Id).ToList(), cancellationToken);
        // The list's one mapping, built here rather than by a profile: it joins three sources (the row, the links read
        // above, the rating as of asOf) on the hot path the actions-list benchmark measures.
        var items = page.Select(a => new ActionSummaryDto(
                a.Id, a.PlanId, a.ThemeId, a.ObjectiveId, a.ReferenceCode, a.Text, a.Status, a.PercentComplete,
                a.Raw, a.Kind, a.StartDate, a.DueDate, links.LeadsOf(a.Id), a.LeadToBeAgreed, links.RecommendationsOf(a.Id), links.KpisOf(a.Id), a.Rating.ToDto(asOf), a.UpdatedAt))
            .ToList();
        var keys = page.ToDictionary(a => a.Id, a => new ActionCursor(
            sort, a.PlanId, a.ThemePosition, a.ObjectivePosition, a.Position, a.ReferenceCode, a.DueDate ?? NoDueDate, a.UpdatedAt, a.Urgency, a.UrgencyDue, a.Id));
        return TypedResults.Ok(Keyset.ToPage(http, items, limit, a => keys[a.Id]));
    }

    public static async Task<Ok<RagCountsDto>> CountActionRatings(
        [AsParameters] ActionListParameters parameters, TrackerDbContext db, LondonClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var asOf = AsOfDate.Resolve(parameters.AsOf, clock);
        var groups = await parameters.ToQuery().Apply(db, asOf)
            .GroupBy(r => r.Rating.EffectiveRag)
            .Select(g => new { Rating = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var counts = Enum.GetValues<RagRating>().ToDictionary(r => r, r => groups.Where(g => g.Rating == r).Sum(g => g.Count));
        return TypedResults.Ok(new RagCountsDto(asOf, groups.Sum(g => g.Count), groups.Where(g => g.Rating is null).Sum(g => g.Count), counts));
    }

    /// <summary>Orders by the sort's key and id, and starts after the cursor's row (a row-value comparison the indexes can serve).</summary>
    private static IQueryable<RatedAction> Ordered(IQueryable<RatedAction> rows, ActionSort sort, ActionCursor? after) => sort switch
    {
        ActionSort.DueDate => (after is null
                ? rows
                : rows.Where(r => EF.Functions.GreaterThan(
                    ValueTuple.Create(r.Action.Timescale.DueDate ?? NoDueDate, r.Action.Id),
                    ValueTuple.Create(after.Due, after.Id))))
            .OrderBy(r => r.Action.Timescale.DueDate ?? NoDueDate).ThenBy(r => r.Action.Id),
        ActionSort.UpdatedAt => (after is null
                ? rows
                : rows.Where(r => EF.Functions.GreaterThan(
                    ValueTuple.Create(r.Action.UpdatedAt, r.Action.Id),
                    ValueTuple.Create(after.Updated, after.Id))))
            .OrderBy(r => r.Action.UpdatedAt).ThenBy(r => r.Action.Id),
        // Computed bands, so no index serves this order: it is for a lead's or a plan's actions, not whole-table scans.
        ActionSort.Urgency => (after is null
                ? rows
                : rows.Where(r => EF.Functions.GreaterThan(
                    ValueTuple.Create(r.Urgency, r.UrgencyDue, r.Action.PlanId, r.Action.ThemePosition, r.Action.ObjectivePosition, r.Action.Position, r.Action.Id),
                    ValueTuple.Create(after.Urgency, after.UrgencyDue, after.PlanId, after.ThemePosition, after.ObjectivePosition, after.Position, after.Id))))
            .OrderBy(r => r.Urgency).ThenBy(r => r.UrgencyDue).ThenBy(r => r.Action.PlanId).ThenBy(r => r.Action.ThemePosition)
            .ThenBy(r => r.Action.ObjectivePosition).ThenBy(r => r.Action.Position).ThenBy(r => r.Action.Id),
        // Natural order comes from the column's collation, in the ORDER BY and the row comparison alike.
        ActionSort.Reference => (after is null
                ? rows
                : rows.Where(r => EF.Functions.GreaterThan(
                    ValueTuple.Create(r.Action.ReferenceCode, r.Action.Id),
                    ValueTuple.Create(after.Reference, after.Id))))
            .OrderBy(r => r.Action.ReferenceCode).ThenBy(r => r.Action.Id),
        _ => (after is null
                ? rows
                : rows.Where(r => EF.Functions.GreaterThan(
                    ValueTuple.Create(r.Action.PlanId, r.Action.ThemePosition, r.Action.ObjectivePosition, r.Action.Position, r.Action.Id),
                    ValueTuple.Create(after.PlanId, after.ThemePosition, after.ObjectivePosition, after.Position, after.Id))))
            .OrderBy(r => r.Action.PlanId).ThenBy(r => r.Action.ThemePosition).ThenBy(r => r.Action.ObjectivePosition)
            .ThenBy(r => r.Action.Position).ThenBy(r => r.Action.Id),
    };
}
