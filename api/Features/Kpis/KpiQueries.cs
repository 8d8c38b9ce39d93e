using AutoMapper;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Contracts.Kpis;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>Reads the KPI handlers share: a KPI with what its detail shows, and the actions linked to it.</summary>
public static class KpiQueries
{
    /// <summary>Includes the owner and only the latest measurement (top-1 in SQL), which is all a KPI's detail shows of its series.</summary>
    public static IQueryable<Kpi> WithDetail(this IQueryable<Kpi> kpis) =>
        kpis.Include(k => k.OwnerLead)
            .Include(k => k.Measurements.OrderByDescending(m => m.PeriodEnd).ThenByDescending(m => m.PeriodStart).Take(1));

    /// <summary>The latest measurement of each of the given KPIs (see <see cref="KpiLatestMeasurementDto"/>); KPIs without any are absent.</summary>
    /// <remarks>
    /// A second query rather than part of the list's: EF turns a per-row "first measurement" into a ROW_NUMBER join
    /// that PostgreSQL computes over every measurement of every KPI before joining, which at millions of measurements
    /// is a full scan per page. Filtered to the page's KPIs first, it reads only their rows, through the
    /// (kpi_id, period_start, period_end) index.
    /// </remarks>
    public static async Task<Dictionary<Guid, KpiLatestMeasurementDto>> LatestMeasurementsAsync(TrackerDbContext db, IReadOnlyCollection<Guid> kpiIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (kpiIds.Count == 0)
        {
            return [];
        }

        var latest = await db.KpiMeasurements.AsNoTracking()
            .Where(m => kpiIds.Contains(m.KpiId))
            .GroupBy(m => m.KpiId)
            .Select(g => g.OrderByDescending(m => m.PeriodEnd).ThenByDescending(m => m.PeriodStart).First())
            .ToListAsync(cancellationToken);
        return latest.ToDictionary(m => m.KpiId, m => new KpiLatestMeasurementDto(m.Id, m.PeriodLabel, m.PeriodStart, m.PeriodEnd, m.Value));
    }

    /// <summary>The actions linked to a KPI, by reference code.</summary>
    public static Task<List<KpiActionLinkDto>> ActionLinksAsync(TrackerDbContext db, Guid kpiId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Actions.AsNoTracking()
            .Where(a => db.ActionKpis.Any(l => l.KpiId == kpiId && l.ActionId == a.Id))
            .OrderBy(a => a.ReferenceCode).ThenBy(a => a.Id)
            .Select(a => new KpiActionLinkDto(a.Id, a.PlanId, a.ReferenceCode))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The ratings of the given KPIs as of <paramref name="asOf"/>, from <c>kpi_ratings</c>, with their reasons in words.</summary>
    public static async Task<Dictionary<Guid, KpiRatingDto>> RatingsAsync(TrackerDbContext db, IReadOnlyCollection<Guid> kpiIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (kpiIds.Count == 0)
        {
            return [];
        }

        var rows = await db.KpiRatings(asOf).AsNoTracking().Where(r => kpiIds.Contains(r.KpiId)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.KpiId, r => r.ToDto(asOf));
    }

    /// <summary>One KPI's rating as of <paramref name="asOf"/>.</summary>
    public static async Task<KpiRatingDto> RatingAsync(TrackerDbContext db, Guid kpiId, DateOnly asOf, CancellationToken cancellationToken) =>
        (await RatingsAsync(db, [kpiId], asOf, cancellationToken))[kpiId];

    /// <summary>A KPI loaded <see cref="WithDetail"/> as its contract record, rated as of <paramref name="asOf"/>.</summary>
    public static async Task<KpiDto> ToKpiDtoAsync(
        this IMapper mapper, Kpi kpi, IReadOnlyList<KpiActionLinkDto> actions, TrackerDbContext db, DateOnly asOf, CancellationToken cancellationToken) =>
        mapper.ToKpiDto(kpi, actions, await RatingAsync(db, kpi.Id, asOf, cancellationToken));

    /// <summary>
    /// Refuses a write made on a stale version with the KPI as it is now; the rating query runs only then, so a current
    /// write does not pay for a representation it never sends.
    /// </summary>
    /// <exception cref="Infrastructure.Errors.PreconditionFailedException">The stored version differs.</exception>
    public static async Task EnsureCurrentAsync(
        uint ifMatch, Kpi kpi, IReadOnlyList<KpiActionLinkDto> actions, IMapper mapper, TrackerDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        if (ifMatch != kpi.Version)
        {
            var current = await mapper.ToKpiDtoAsync(kpi, actions, db, today, cancellationToken);
            Infrastructure.Concurrency.EntityTag.EnsureCurrent(ifMatch, kpi.Version, () => current);
        }
    }

    /// <summary>A KPI loaded <see cref="WithDetail"/>, with its action links and rating, as its contract record.</summary>
    public static KpiDto ToKpiDto(this IMapper mapper, Kpi kpi, IReadOnlyList<KpiActionLinkDto> actions, KpiRatingDto rating)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        return mapper.Map<KpiDto>(kpi, options =>
        {
            options.Items[KpiMappingProfile.ActionsItem] = actions;
            options.Items[KpiMappingProfile.RatingItem] = rating;
        });
    }
}
