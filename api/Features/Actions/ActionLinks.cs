using System.Globalization;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Plans;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Contracts.Actions;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// The leads, recommendations and KPIs a create or update request gives an action, checked against the database and
/// then applied to the action as the smallest change (kept links stay, so the history shows only what changed).
/// </summary>
public sealed class ActionLinks
{
    private readonly List<(Guid LeadId, bool IsPrimary, int Position)> _leads;
    private readonly HashSet<Guid> _recommendationIds;
    private readonly HashSet<Guid> _kpiIds;

    private ActionLinks(List<(Guid LeadId, bool IsPrimary, int Position)> leads, HashSet<Guid> recommendationIds, HashSet<Guid> kpiIds)
    {
        _leads = leads;
        _recommendationIds = recommendationIds;
        _kpiIds = kpiIds;
    }

    /// <summary>
    /// Checks that every lead exists, every recommendation number is one of the plan's review and every KPI belongs to
    /// the plan (or is shared). When no lead is marked primary the first one is.
    /// </summary>
    /// <exception cref="RequestValidationException">Names each bad field: <c>leads[i].leadId</c>, <c>recommendationNumbers</c>, <c>kpiIds</c>.</exception>
    public static async Task<ActionLinks> ResolveAsync(
        TrackerDbContext db,
        Plan plan,
        IReadOnlyList<ActionLeadRequest>? leads,
        IReadOnlyList<int>? recommendationNumbers,
        IReadOnlyList<Guid>? kpiIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        leads ??= [];
        recommendationNumbers ??= [];
        kpiIds ??= [];
        var errors = new Dictionary<string, string[]>();

        var leadIds = leads.Select(l => l.LeadId).ToList();
        var knownLeads = await db.Leads.Where(l => leadIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken);
        for (var index = 0; index < leads.Count; index++)
        {
            if (!knownLeads.Contains(leads[index].LeadId))
            {
                errors[$"leads[{index}].leadId"] = ["No lead has this id."];
            }
        }

        var recommendationIds = new HashSet<Guid>();
        if (recommendationNumbers.Count > 0 && plan.ReviewId is null)
        {
            errors["recommendationNumbers"] = ["The plan answers no review, so its actions cannot cite recommendations."];
        }
        else if (recommendationNumbers.Count > 0)
        {
            var found = await db.Recommendations
                .Where(r => r.ReviewId == plan.ReviewId && recommendationNumbers.Contains(r.Number))
                .Select(r => new { r.Number, r.Id })
                .ToListAsync(cancellationToken);
            var outside = recommendationNumbers.Except(found.Select(r => r.Number)).Order().ToList();
            if (outside.Count > 0)
            {
                errors["recommendationNumbers"] = [$"Not recommendations of the plan's review: {Join(outside)}."];
            }

            recommendationIds = found.Select(r => r.Id).ToHashSet();
        }

        var knownKpis = await db.Kpis.Where(k => kpiIds.Contains(k.Id) && (k.PlanId == plan.Id || k.PlanId == null)).Select(k => k.Id).ToListAsync(cancellationToken);
        var unknownKpis = kpiIds.Except(knownKpis).ToList();
        if (unknownKpis.Count > 0)
        {
            errors["kpiIds"] = [$"Not KPIs of this plan or shared KPIs: {Join(unknownKpis)}."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var primary = leads.FirstOrDefault(l => l.IsPrimary) ?? (leads.Count > 0 ? leads[0] : null);
        return new ActionLinks(
            leads.Select((l, index) => (l.LeadId, ReferenceEquals(l, primary), index + 1)).ToList(),
            recommendationIds,
            kpiIds.ToHashSet());
    }

    /// <summary>
    /// True when the primary lead moves from one lead the action keeps to another. The database allows one primary
    /// lead per action and checks it row by row, and EF Core cannot see that the old primary must be cleared first, so
    /// the caller saves <see cref="DemotePrimary"/> on its own before the rest (in the same transaction).
    /// </summary>
    public bool MovesPrimaryBetweenKeptLeads(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var newPrimary = _leads.FirstOrDefault(l => l.IsPrimary).LeadId;
        var oldPrimary = action.Leads.FirstOrDefault(l => l.IsPrimary);
        return oldPrimary is not null
            && oldPrimary.LeadId != newPrimary
            && _leads.Any(l => l.LeadId == oldPrimary.LeadId)
            && action.Leads.Any(l => l.LeadId == newPrimary);
    }

    /// <summary>Clears the primary flag of the action's current primary lead.</summary>
    public static void DemotePrimary(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        action.Leads.ForEach(l => l.IsPrimary = false);
    }

    /// <summary>Makes the action's links these: removes the others, adds the missing ones, updates primary and order.</summary>
    public void ApplyTo(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        action.Leads.RemoveAll(link => !_leads.Exists(l => l.LeadId == link.LeadId));
        foreach (var (leadId, isPrimary, position) in _leads)
        {
            var link = action.Leads.Find(l => l.LeadId == leadId);
            if (link is null)
            {
                action.Leads.Add(new ActionLead { ActionId = action.Id, LeadId = leadId, IsPrimary = isPrimary, Position = position });
            }
            else
            {
                link.IsPrimary = isPrimary;
                link.Position = position;
            }
        }

        action.Recommendations.RemoveAll(link => !_recommendationIds.Contains(link.RecommendationId));
        foreach (var id in _recommendationIds.Where(id => !action.Recommendations.Exists(r => r.RecommendationId == id)))
        {
            action.Recommendations.Add(new ActionRecommendation { ActionId = action.Id, RecommendationId = id });
        }

        action.Kpis.RemoveAll(link => !_kpiIds.Contains(link.KpiId));
        foreach (var id in _kpiIds.Where(id => !action.Kpis.Exists(k => k.KpiId == id)))
        {
            action.Kpis.Add(new ActionKpi { ActionId = action.Id, KpiId = id });
        }
    }

    private static string Join<T>(IEnumerable<T> values) => string.Join(", ", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
}
