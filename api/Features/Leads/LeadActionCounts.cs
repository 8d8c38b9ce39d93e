using DeliveryTracker.Api.Data;
using DeliveryTracker.Contracts.Actions;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Leads;

/// <summary>
/// How many open and overdue actions each lead leads, counted by PostgreSQL in one grouped query over the leads asked
/// for (never by loading actions). Any lead link counts, primary or not.
/// </summary>
/// <remarks>
/// Open means not completed and not cancelled. Overdue is what <c>action_ratings</c> (the one home of the rule) says
/// today in London: an action due 30 Sep 2019 is overdue from 1 Oct 2019; one with no due date ("Ongoing") is open but
/// never overdue; a recurring one ("Annual") only when its last plan-year cycle passed without an update.
/// </remarks>
internal static class LeadActionCounts
{
    public static async Task<Dictionary<Guid, (int Open, int Overdue)>> ForAsync(
        TrackerDbContext db, IReadOnlyCollection<Guid> leadIds, DateOnly today, CancellationToken cancellationToken)
    {
        // Grouped by lead and by whether the action is overdue (at most two rows a lead), because EF cannot aggregate
        // over a joined row's column inside a group; the grouping key it can.
        var groups = await (
                from link in db.ActionLeads
                where leadIds.Contains(link.LeadId)
                join action in db.Actions on link.ActionId equals action.Id
                join rating in db.ActionRatings(today) on action.Id equals rating.ActionId
                where action.Status != ActionStatus.Completed && action.Status != ActionStatus.Cancelled
                group link by new { link.LeadId, Overdue = rating.IsOverdue } into byLead
                select new { byLead.Key.LeadId, byLead.Key.Overdue, Count = byLead.Count() })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return groups
            .GroupBy(g => g.LeadId)
            .ToDictionary(g => g.Key, g => (Open: g.Sum(c => c.Count), Overdue: g.Where(c => c.Overdue).Sum(c => c.Count)));
    }

    public static async Task<LeadRow> RowAsync(TrackerDbContext db, Lead lead, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var counts = await ForAsync(db, [lead.Id], today, cancellationToken);
        var (open, overdue) = counts.GetValueOrDefault(lead.Id);
        return new LeadRow(lead, open, overdue);
    }
}
