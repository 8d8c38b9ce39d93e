using System.Globalization;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Text;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Contracts.Rag;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.ProgressUpdates;

/// <summary>
/// The one write path for a progress update, shared by the signed-in endpoint and the signed update link: the rating
/// must be one the plan's scale lets a lead report, the update moves the action's status, percent complete and
/// last-progress time, and a reported rating that differs from the derived one needs a justification. Who may post,
/// and whether the caller saw the current version (If-Match), are the callers' checks, made before this.
/// </summary>
public sealed class ProgressUpdateRecorder(TrackerDbContext db, LondonClock clock, TimeProvider time)
{
    /// <summary>Records <paramref name="request"/> on <paramref name="action"/> (tracked) by <paramref name="authorName"/>.</summary>
    /// <exception cref="RequestValidationException">Names <c>reportedRag</c> or <c>justification</c>; nothing is written.</exception>
    public async Task<ProgressUpdate> RecordAsync(
        PlanAction action, CreateProgressUpdateRequest request, string authorName, Guid? authorUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(request);
        var today = clock.Today;
        var scale = await db.Plans.Where(p => p.Id == action.PlanId).Select(p => p.Settings.RagScale).FirstAsync(cancellationToken);
        EnsureReportable(request.ReportedRag, scale);

        // PostgreSQL keeps microseconds: trim the instant now so the response, the timeline and cursors agree exactly.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % 10));
        var update = new ProgressUpdate
        {
            ActionId = action.Id,
            AuthorUserId = authorUserId,
            AuthorName = authorName,
            PostedAt = now,
            Status = request.Status!.Value,
            PercentComplete = request.PercentComplete,
            ReportedRag = request.ReportedRag,
            Justification = TextInput.NullIfBlank(request.Justification),
            Note = TextInput.NullIfBlank(request.Note),
            EvidenceLinks = [.. request.EvidenceLinks ?? []],
        };
        db.ProgressUpdates.Add(update);
        action.Status = update.Status;
        action.PercentComplete = request.PercentComplete ?? action.PercentComplete;
        action.LastProgressAt = now;

        // The derived rating to compare with is the one the action will have with this update applied, and only the
        // database knows it (action_ratings): write, ask, and roll back if the justification is missing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (request.ReportedRag is { } reported && update.Justification is null)
        {
            var derived = await db.ActionRatings(today).Where(r => r.ActionId == action.Id).Select(r => r.DerivedRag).SingleAsync(cancellationToken);
            if (NeedsJustification(reported, derived))
            {
                throw new RequestValidationException(
                    "justification",
                    $"The rating derived for the action as of {today.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} is {derived}; say why you report {reported}.");
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return update;
    }

    /// <summary>Leads report on the plan's scale; Complete and NotRated come from the schedule and are never reported.</summary>
    /// <exception cref="RequestValidationException">Names <c>reportedRag</c>.</exception>
    private static void EnsureReportable(RagRating? reported, RagScale scale)
    {
        var error = reported switch
        {
            RagRating.Complete or RagRating.NotRated => $"{reported} is worked out from the schedule, not reported; report {Allowed(scale)}.",
            RagRating.AmberGreen or RagRating.AmberRed when scale == RagScale.ThreePoint => $"The plan uses the 3-point scale: report {Allowed(scale)}.",
            _ => null,
        };
        if (error is not null)
        {
            throw new RequestValidationException("reportedRag", error);
        }
    }

    private static string Allowed(RagScale scale) =>
        scale == RagScale.FivePoint ? "Green, AmberGreen, Amber, AmberRed or Red" : "Green, Amber or Red";

    /// <summary>
    /// A reported rating needs a justification when it differs from a derived Green, Amber or Red. A completed action
    /// (derived Complete) or a cancelled one (no derived rating) has no schedule rating to disagree with.
    /// </summary>
    private static bool NeedsJustification(RagRating reported, RagRating? derived) =>
        derived is RagRating.Green or RagRating.Amber or RagRating.Red && derived != reported;
}
