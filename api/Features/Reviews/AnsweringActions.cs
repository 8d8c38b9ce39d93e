using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>The actions that answer a set of recommendations, read in one query, in plan document order.</summary>
internal static class AnsweringActions
{
    public static async Task<ILookup<Guid, AnsweringAction>> ForAsync(TrackerDbContext db, IReadOnlyCollection<Guid> recommendationIds, CancellationToken cancellationToken)
    {
        var links = await (
                from link in db.ActionRecommendations
                where recommendationIds.Contains(link.RecommendationId)
                join action in db.Actions on link.ActionId equals action.Id
                orderby action.PlanId, action.Objective!.Theme!.Position, action.Objective!.Position, action.Position
                select new AnsweringAction(link.RecommendationId, action.Id, action.ReferenceCode, action.PlanId))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return links.ToLookup(l => l.RecommendationId);
    }

    public static async Task<RecommendationRow> RowAsync(TrackerDbContext db, Recommendation recommendation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var actions = await ForAsync(db, [recommendation.Id], cancellationToken);
        return new RecommendationRow(recommendation, actions[recommendation.Id].ToList());
    }
}
