using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Kpis;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Rag;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Plans;

/// <summary>
/// Reads a plan's dashboard as of a date: a handful of set-based queries, each over the plan's rows only. Ratings and
/// attention flags come from <c>action_ratings(as_of)</c> and KPI ratings from <c>kpi_ratings(as_of)</c>, counted in
/// the database; C# only adds the per-theme groups up to the plan's and lays the figures out.
/// </summary>
public static class PlanDashboardQuery
{
    /// <summary>The ratings a plan's counts list: its scale's, then Complete and NotRated.</summary>
    private static readonly Dictionary<RagScale, RagRating[]> ScaleRatings = new()
    {
        [RagScale.ThreePoint] = [RagRating.Green, RagRating.Amber, RagRating.Red, RagRating.Complete, RagRating.NotRated],
        [RagScale.FivePoint] = [RagRating.Green, RagRating.AmberGreen, RagRating.Amber, RagRating.AmberRed, RagRating.Red, RagRating.Complete, RagRating.NotRated],
    };

    /// <summary>The dashboard of <paramref name="planId"/> as of <paramref name="asOf"/>; null when there is no such plan.</summary>
    public static async Task<PlanDashboardDto?> LoadAsync(
        TrackerDbContext db, Guid planId, DateOnly asOf, bool includeKpis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Settings.RagScale }).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        // One row per theme and effective rating, with the attention flags counted alongside.
        var groups = await db.ActionRatings(asOf)
            .Where(r => r.PlanId == planId)
            .GroupBy(r => new { r.ThemeId, r.EffectiveRag })
            .Select(g => new RatingGroup(
                g.Key.ThemeId,
                g.Key.EffectiveRag,
                g.Count(),
                g.Count(r => r.IsOverdue),
                g.Count(r => r.IsDueSoon),
                g.Count(r => r.IsStale),
                g.Count(r => r.IsBlocked)))
            .ToListAsync(cancellationToken);

        var themes = await db.Themes.AsNoTracking()
            .Where(t => t.PlanId == planId)
            .OrderBy(t => t.Position)
            .Select(t => new { t.Id, t.Code, t.Title })
            .ToListAsync(cancellationToken);

        var scale = ScaleRatings[plan.RagScale];
        var attention = new AttentionCountsDto(groups.Sum(g => g.Overdue), groups.Sum(g => g.DueSoon), groups.Sum(g => g.Stale), groups.Sum(g => g.Blocked));
        return new PlanDashboardDto(
            planId,
            asOf,
            plan.RagScale,
            Count(groups, scale),
            themes.Select(t => new DashboardThemeDto(t.Id, t.Code, t.Title, Count(groups.Where(g => g.ThemeId == t.Id).ToList(), scale))).ToList(),
            attention,
            includeKpis ? await KpiTilesAsync(db, planId, asOf, cancellationToken) : [],
            await LatestUpdatesAsync(db, planId, asOf, cancellationToken));
    }

    private static RatingCountsDto Count(IReadOnlyCollection<RatingGroup> groups, RagRating[] scale)
    {
        // A rating outside the scale (a plan switched from 5-point to 3-point keeps its old reports) is listed too, so
        // the counts always add up to the total.
        var counts = scale.Concat(groups.Where(g => g.Rating is not null).Select(g => g.Rating!.Value)).Distinct()
            .ToDictionary(r => r, r => groups.Where(g => g.Rating == r).Sum(g => g.Count));
        return new RatingCountsDto(groups.Sum(g => g.Count), groups.Where(g => g.Rating is null).Sum(g => g.Count), counts);
    }

    /// <summary>The plan's KPIs by code, each rated by <c>kpi_ratings</c> with its last measurements up to the date.</summary>
    private static async Task<List<KpiTileDto>> KpiTilesAsync(TrackerDbContext db, Guid planId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var kpis = await db.Kpis.AsNoTracking()
            .Where(k => k.PlanId == planId)
            .OrderBy(k => k.Code).ThenBy(k => k.Id)
            .Select(k => new { k.Id, k.Code, k.Name, k.Unit, k.Direction, k.Target, k.AmberTolerance })
            .ToListAsync(cancellationToken);
        var ratings = await KpiQueries.RatingsAsync(db, kpis.Select(k => k.Id).ToList(), asOf, cancellationToken);

        // Top-N per KPI as a LATERAL join: one backward probe of the (kpi_id, period_start, period_end) index per KPI,
        // in the order kpi_ratings picks the latest (period end, then the shorter period), so the trend ends on it.
        var points = await db.Kpis.AsNoTracking()
            .Where(k => k.PlanId == planId)
            .SelectMany(k => db.KpiMeasurements
                .Where(m => m.KpiId == k.Id && m.PeriodEnd <= asOf)
                .OrderByDescending(m => m.PeriodEnd).ThenByDescending(m => m.PeriodStart)
                .Take(KpiTileDto.TrendLength))
            .Select(m => new { m.KpiId, m.PeriodLabel, m.PeriodStart, m.PeriodEnd, m.Value })
            .ToListAsync(cancellationToken);
        var trends = points.ToLookup(p => p.KpiId);

        return kpis.Select(k => new KpiTileDto(
                k.Id, k.Code, k.Name, k.Unit, k.Direction, k.Target, k.AmberTolerance, ratings[k.Id],
                trends[k.Id].OrderBy(p => p.PeriodEnd).ThenBy(p => p.PeriodStart)
                    .Select(p => new KpiTrendPointDto(p.PeriodLabel, p.PeriodStart, p.PeriodEnd, p.Value)).ToList()))
            .ToList();
    }

    /// <summary>The newest updates on the plan's actions posted by the end of the as-of day in London.</summary>
    private static Task<List<LatestProgressUpdateDto>> LatestUpdatesAsync(TrackerDbContext db, Guid planId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var endOfDay = LondonClock.StartOfDay(asOf.AddDays(1));
        return db.ProgressUpdates.AsNoTracking()
            .Where(u => u.PostedAt < endOfDay)
            .Join(db.Actions.Where(a => a.PlanId == planId), u => u.ActionId, a => a.Id, (u, a) => new { Update = u, Action = a })
            .OrderByDescending(x => x.Update.PostedAt).ThenByDescending(x => x.Update.Id)
            .Take(PlanDashboardDto.LatestUpdateCount)
            .Select(x => new LatestProgressUpdateDto(
                x.Update.Id, x.Action.Id, x.Action.ReferenceCode, x.Action.Text, x.Update.AuthorName, x.Update.PostedAt, x.Update.Status, x.Update.ReportedRag, x.Update.Note))
            .ToListAsync(cancellationToken);
    }

    private sealed record RatingGroup(Guid ThemeId, RagRating? Rating, int Count, int Overdue, int DueSoon, int Stale, int Blocked);
}
