using DeliveryTracker.Api.Data;
using DeliveryTracker.Contracts.Actions;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// The leads, recommendation numbers and KPI ids of a page of actions, read in three flat queries by action id.
/// </summary>
/// <remarks>
/// EF Core cannot put collection subqueries in a projection that joins the keyless <c>action_ratings</c> rows, and
/// three indexed reads for a page of at most 200 actions are cheaper than one wide join anyway.
/// </remarks>
public sealed class ActionLinkLookup
{
    private static readonly IReadOnlyList<ActionLeadDto> NoLeads = [];
    private static readonly IReadOnlyList<int> NoNumbers = [];
    private static readonly IReadOnlyList<Guid> NoIds = [];
    private readonly ILookup<Guid, ActionLeadDto> _leads;
    private readonly ILookup<Guid, int> _recommendations;
    private readonly ILookup<Guid, Guid> _kpis;

    private ActionLinkLookup(ILookup<Guid, ActionLeadDto> leads, ILookup<Guid, int> recommendations, ILookup<Guid, Guid> kpis)
    {
        _leads = leads;
        _recommendations = recommendations;
        _kpis = kpis;
    }

    public static async Task<ActionLinkLookup> LoadAsync(TrackerDbContext db, IReadOnlyCollection<Guid> actionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = actionIds.ToArray();
        var leads = await db.ActionLeads.AsNoTracking()
            .Where(l => ids.Contains(l.ActionId))
            .OrderByDescending(l => l.IsPrimary).ThenBy(l => l.Position)
            .Select(l => new { l.ActionId, Lead = new ActionLeadDto(l.LeadId, l.Lead!.Name, l.Lead.Kind, l.IsPrimary) })
            .ToListAsync(cancellationToken);
        var recommendations = await db.ActionRecommendations.AsNoTracking()
            .Where(r => ids.Contains(r.ActionId))
            .OrderBy(r => r.Recommendation!.Number)
            .Select(r => new { r.ActionId, r.Recommendation!.Number })
            .ToListAsync(cancellationToken);
        var kpis = await db.ActionKpis.AsNoTracking()
            .Where(k => ids.Contains(k.ActionId))
            .Select(k => new { k.ActionId, k.KpiId })
            .ToListAsync(cancellationToken);
        return new ActionLinkLookup(
            leads.ToLookup(l => l.ActionId, l => l.Lead),
            recommendations.ToLookup(r => r.ActionId, r => r.Number),
            kpis.ToLookup(k => k.ActionId, k => k.KpiId));
    }

    public IReadOnlyList<ActionLeadDto> LeadsOf(Guid actionId) => _leads.Contains(actionId) ? _leads[actionId].ToList() : NoLeads;

    public IReadOnlyList<int> RecommendationsOf(Guid actionId) => _recommendations.Contains(actionId) ? _recommendations[actionId].ToList() : NoNumbers;

    public IReadOnlyList<Guid> KpisOf(Guid actionId) => _kpis.Contains(actionId) ? _kpis[actionId].ToList() : NoIds;
}
