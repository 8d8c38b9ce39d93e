using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>
/// The actions that answer a set of recommendations, each with its effective rating from <c>action_ratings(as_of)</c>
/// and its primary lead's name, read in one query (whatever the page size), in plan document order.
/// </summary>
internal static class AnsweringActions
{
    /// <param name="db">The database.</param>
    /// <param name="recommendationIds">The recommendations whose answering actions are wanted.</param>
    /// <param name="asOf">The date the actions are rated as of.</param>
    /// <param name="planId">When given, only the actions of this plan.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async Task<ILookup<Guid, AnsweringAction>> ForAsync(
        TrackerDbContext db, IReadOnlyCollection<Guid> recommendationIds, DateOnly asOf, Guid? planId, CancellationToken cancellationToken)
    {
        var query =
            from link in db.ActionRecommendations
            where recommendationIds.Contains(link.RecommendationId)
            join action in db.Actions on link.ActionId equals action.Id
            // action_ratings is inlined by PostgreSQL, so only the linked actions are rated.
            join rating in db.ActionRatings(asOf) on action.Id equals rating.ActionId
            select new { link.RecommendationId, Action = action, rating.EffectiveRag };
        if (planId is not null)
        {
            query = query.Where(r => r.Action.PlanId == planId);
        }

        var links = await query
            .OrderBy(r => r.Action.PlanId).ThenBy(r => r.Action.ThemePosition).ThenBy(r => r.Action.ObjectivePosition).ThenBy(r => r.Action.Position)
            .Select(r => new AnsweringAction(
                r.RecommendationId,
                r.Action.Id,
                r.Action.ReferenceCode,
                r.Action.PlanId,
                r.Action.Text,
                r.Action.Status,
                r.EffectiveRag,
                r.Action.Leads.Where(l => l.IsPrimary).Select(l => l.Lead!.Name).FirstOrDefault()))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return links.ToLookup(l => l.RecommendationId);
    }

    /// <summary>One recommendation with every action that answers it, in any plan.</summary>
    public static async Task<RecommendationRow> RowAsync(TrackerDbContext db, Recommendation recommendation, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var actions = await ForAsync(db, [recommendation.Id], asOf, planId: null, cancellationToken);
        return new RecommendationRow(recommendation, actions[recommendation.Id].ToList(), asOf);
    }
}
