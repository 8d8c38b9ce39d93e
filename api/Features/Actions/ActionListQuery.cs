using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// The filters of <c>GET /api/v1/actions</c> (and of its RAG counts), applied in the database to each action joined with
/// its row of <c>action_ratings(as_of)</c>. PostgreSQL inlines the function, so a theme or plan filter narrows the
/// rating work to those actions.
/// </summary>
public sealed record ActionListQuery(
    Guid? PlanId,
    Guid? ThemeId,
    Guid? ObjectiveId,
    Guid? LeadId,
    ActionStatus[]? Status,
    RagRating[]? Rag,
    bool? Overdue,
    bool? DueSoon,
    bool? Stale,
    bool? Blocked,
    DateOnly? DueBefore,
    DateOnly? DueAfter,
    int? Recommendation,
    Guid? KpiId,
    string? Q,
    DateTimeOffset? UpdatedSince)
{
    public const int MaxQueryLength = 200;

    /// <summary>The actions matching every given filter, with their ratings as of <paramref name="asOf"/>.</summary>
    /// <exception cref="RequestValidationException">A filter value is out of range, naming it.</exception>
    public IQueryable<RatedAction> Apply(TrackerDbContext db, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(db);
        Validate();
        // Urgency bands (ActionSort.Urgency): 0 overdue, 1 other effective Red, 2 due soon, 3 Amber/Red, 4 Amber,
        // 5 Amber/Green, 6 Green, 7 Not rated or Complete, 8 cancelled (no rating). The bands read the attention flags
        // and ratings of action_ratings; they order, they rate nothing.
        var rows = from action in db.Actions.AsNoTracking()
                   join rating in db.ActionRatings(asOf) on action.Id equals rating.ActionId
                   select new RatedAction
                   {
                       Action = action,
                       Rating = rating,
                       Urgency = rating.IsOverdue ? 0
                           : rating.EffectiveRag == RagRating.Red ? 1
                           : rating.IsDueSoon ? 2
                           : rating.EffectiveRag == RagRating.AmberRed ? 3
                           : rating.EffectiveRag == RagRating.Amber ? 4
                           : rating.EffectiveRag == RagRating.AmberGreen ? 5
                           : rating.EffectiveRag == RagRating.Green ? 6
                           : rating.EffectiveRag != null ? 7
                           : 8,
                       UrgencyDue = (rating.IsOverdue || (rating.IsDueSoon && rating.EffectiveRag != RagRating.Red)) && rating.DueDate != null
                           ? rating.DueDate.Value
                           : DateOnly.MinValue,
                   };

        if (PlanId is { } planId)
        {
            rows = rows.Where(r => r.Action.PlanId == planId);
        }

        if (ThemeId is { } themeId)
        {
            rows = rows.Where(r => r.Action.ThemeId == themeId);
        }

        if (ObjectiveId is { } objectiveId)
        {
            rows = rows.Where(r => r.Action.ObjectiveId == objectiveId);
        }

        if (LeadId is { } leadId)
        {
            rows = rows.Where(r => r.Action.Leads.Any(l => l.LeadId == leadId));
        }

        if (Status is { Length: > 0 } statuses)
        {
            rows = rows.Where(r => statuses.Contains(r.Action.Status));
        }

        if (Rag is { Length: > 0 } ratings)
        {
            var wanted = ratings.Select(x => (RagRating?)x).ToArray();
            rows = rows.Where(r => wanted.Contains(r.Rating.EffectiveRag));
        }

        // The attention flags come from action_ratings, the one place they are defined; the dashboard counts the same columns.
        if (Overdue is { } overdue)
        {
            rows = rows.Where(r => r.Rating.IsOverdue == overdue);
        }

        if (DueSoon is { } dueSoon)
        {
            rows = rows.Where(r => r.Rating.IsDueSoon == dueSoon);
        }

        if (Stale is { } stale)
        {
            rows = rows.Where(r => r.Rating.IsStale == stale);
        }

        if (Blocked is { } blocked)
        {
            rows = rows.Where(r => r.Rating.IsBlocked == blocked);
        }

        // The due date the rating judges: a recurring action's is the end of the plan-year cycle the as-of date is in, so
        // an "Annual" action is not "due before 1 Apr 2020" for the whole of a three-year plan.
        if (DueBefore is { } before)
        {
            rows = rows.Where(r => r.Rating.DueDate < before);
        }

        if (DueAfter is { } after)
        {
            rows = rows.Where(r => r.Rating.DueDate > after);
        }

        if (Recommendation is { } number)
        {
            rows = rows.Where(r => r.Action.Recommendations.Any(x => x.Recommendation!.Number == number));
        }

        if (KpiId is { } kpiId)
        {
            rows = rows.Where(r => r.Action.Kpis.Any(k => k.KpiId == kpiId));
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            // websearch_to_tsquery accepts anything people type ("knife crime", "-police", quoted phrases) without errors.
            rows = rows.Where(r => r.Action.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", Q)));
        }

        if (UpdatedSince is { } since)
        {
            var sinceUtc = since.ToUniversalTime();
            rows = rows.Where(r => r.Action.UpdatedAt >= sinceUtc);
        }

        return rows;
    }

    private void Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"The search text must be at most {MaxQueryLength} characters."];
        }

        if (Recommendation is < 1)
        {
            errors["recommendation"] = ["Recommendation numbers start at 1."];
        }

        if (DueBefore is { } before && DueAfter is { } after && after >= before)
        {
            errors["dueBefore"] = ["dueBefore must be later than dueAfter, or no action can match."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }
}
