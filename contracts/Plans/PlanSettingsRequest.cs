using System.ComponentModel.DataAnnotations;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>A plan's RAG rules, reminder windows and board calendar; every value required (a plan created without settings gets the product's defaults, shown below).</summary>
/// <param name="RagScale">3-point RAG (default) or the 5-point Delivery Confidence scale.</param>
/// <param name="DueSoonDays">An action due within this many days and not started is Amber (default 30).</param>
/// <param name="StaleAfterDays">An action with no progress update for this many days is Amber (default 60).</param>
/// <param name="ProgressRedBelowPercent">Percent complete below this share of the straight-line expectation is Red (default 70).</param>
/// <param name="ProgressAmberBelowPercent">… and below this share Amber (default 90); must not be below the Red threshold.</param>
/// <param name="ReminderDueSoonDays">Leads are reminded once when an action falls due within this many days (default 14); at most <paramref name="DueSoonDays"/>.</param>
/// <param name="OverdueReminderEveryDays">An overdue action's leads are reminded again every this many days while it stays overdue (default 7).</param>
/// <param name="EscalateAfterDaysOverdue">Overdue actions go to the programme managers after this many days (default 30).</param>
/// <param name="BoardUpdateRequestWorkingDays">Leads of open actions are asked for updates this many working days (England and Wales bank holidays excluded) before each board meeting (default 10; 0 for none).</param>
/// <param name="RemindersPaused">A quiet plan: no reminders are recorded for it while true (default false).</param>
/// <param name="BoardMeetings">The board calendar: distinct dates (at most 100); empty for none.</param>
public sealed record PlanSettingsRequest(
    RagScale RagScale,
    [Range(1, 365)] int DueSoonDays,
    [Range(1, 730)] int StaleAfterDays,
    [Range(1, 100)] int ProgressRedBelowPercent,
    [Range(1, 100)] int ProgressAmberBelowPercent,
    [Range(1, 365)] int ReminderDueSoonDays,
    [Range(1, 365)] int OverdueReminderEveryDays,
    [Range(1, 365)] int EscalateAfterDaysOverdue,
    [Range(0, 60)] int BoardUpdateRequestWorkingDays,
    bool RemindersPaused,
    [Required, MaxLength(100)] IReadOnlyList<DateOnly> BoardMeetings) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ProgressAmberBelowPercent < ProgressRedBelowPercent)
        {
            yield return new ValidationResult("The Amber threshold must be at least the Red threshold.", [nameof(ProgressAmberBelowPercent)]);
        }

        // The scan reminds only actions that action_ratings flags as due soon, so a longer reminder window would be cut
        // short without a word: refused instead.
        if (ReminderDueSoonDays > DueSoonDays)
        {
            yield return new ValidationResult(
                $"Leads can be reminded at most as early as an action counts as due soon ({DueSoonDays} days).", [nameof(ReminderDueSoonDays)]);
        }

        if (BoardMeetings is { } meetings && meetings.Distinct().Count() != meetings.Count)
        {
            yield return new ValidationResult("Each board meeting date may appear once.", [nameof(BoardMeetings)]);
        }
    }
}
