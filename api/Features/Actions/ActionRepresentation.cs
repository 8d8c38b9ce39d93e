using AutoMapper;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Actions;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// An action as the API shows it (<see cref="ActionDto"/>: the row, its links and its ratings from
/// <c>action_ratings</c>), and the 412 for writes made on a stale view. Shared by the action and progress-update endpoints.
/// </summary>
public static class ActionRepresentation
{
    /// <summary>Actions with everything <see cref="ActionDto"/> shows: leads, recommendations and KPIs with their names and numbers.</summary>
    public static IQueryable<PlanAction> WithLinks(this IQueryable<PlanAction> actions) =>
        actions
            .AsSplitQuery()
            .Include(a => a.Leads).ThenInclude(l => l.Lead)
            .Include(a => a.Recommendations).ThenInclude(r => r.Recommendation)
            .Include(a => a.Kpis).ThenInclude(k => k.Kpi);

    /// <summary>Reads an action afresh (not tracked), e.g. to answer a write with what is now stored.</summary>
    public static Task<PlanAction?> FindAsync(TrackerDbContext db, Guid actionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Actions.AsNoTracking().WithLinks().FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken);
    }

    /// <summary>Maps an action loaded <see cref="WithLinks"/> with its ratings as of <paramref name="asOf"/>.</summary>
    public static async Task<ActionDto> ToDtoAsync(PlanAction action, TrackerDbContext db, IMapper mapper, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return (await ToDtosAsync([action], db, mapper, asOf, cancellationToken))[0];
    }

    /// <summary>Maps actions loaded <see cref="WithLinks"/>, rating them all in one query.</summary>
    public static async Task<IReadOnlyList<ActionDto>> ToDtosAsync(
        IReadOnlyList<PlanAction> actions, TrackerDbContext db, IMapper mapper, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mapper);
        var ids = actions.Select(a => a.Id).ToList();
        var ratings = await db.ActionRatings(asOf).AsNoTracking().Where(r => ids.Contains(r.ActionId)).ToDictionaryAsync(r => r.ActionId, cancellationToken);
        return actions
            .Select(a => mapper.Map<ActionDto>(a, o => o.Items[ActionMappingProfile.RatingItem] = ratings[a.Id].ToDto(asOf)))
            .ToList();
    }

    /// <summary>
    /// Refuses a write made on a stale view: 412 with the action as it is now (rated as of <paramref name="today"/>).
    /// The action must have been loaded <see cref="WithLinks"/>.
    /// </summary>
    /// <exception cref="Infrastructure.Errors.PreconditionFailedException">The action's version is not <paramref name="ifMatch"/>.</exception>
    public static async Task EnsureCurrentAsync(
        uint ifMatch, PlanAction action, TrackerDbContext db, IMapper mapper, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (ifMatch != action.Version)
        {
            var current = await ToDtoAsync(action, db, mapper, today, cancellationToken);
            EntityTag.EnsureCurrent(ifMatch, action.Version, () => current);
        }
    }
}
