using System.ComponentModel.DataAnnotations;
using DeliveryTracker.Contracts.Timescales;

namespace DeliveryTracker.Contracts.Actions;

/// <summary>
/// Dates set by hand for an action's timescale (send the action's ETag in <c>If-Match</c>). The text as written is
/// kept; the timescale is marked corrected.
/// </summary>
/// <param name="Kind">What sort of timescale it is; decides which dates must be given (see <see cref="TimescaleKind"/>).</param>
/// <param name="StartDate">First day of the work: required for Range, StartOnly and Recurring; optional for Ongoing; otherwise empty.</param>
/// <param name="DueDate">The day the work is due: required for ByDate, Range and Recurring; otherwise empty. Not before the start date.</param>
public sealed record CorrectTimescaleRequest(
    [Required] TimescaleKind? Kind,
    DateOnly? StartDate = null,
    DateOnly? DueDate = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var (start, due) = Kind switch
        {
            TimescaleKind.ByDate => (Need.Never, Need.Always),
            TimescaleKind.Range or TimescaleKind.Recurring => (Need.Always, Need.Always),
            TimescaleKind.StartOnly => (Need.Always, Need.Never),
            TimescaleKind.Ongoing => (Need.Maybe, Need.Never),
            _ => (Need.Never, Need.Never),
        };

        foreach (var result in Check(start, StartDate, "startDate", "start date"))
        {
            yield return result;
        }

        foreach (var result in Check(due, DueDate, "dueDate", "due date"))
        {
            yield return result;
        }

        if (StartDate > DueDate)
        {
            yield return new ValidationResult("The due date must be on or after the start date.", ["dueDate"]);
        }
    }

    private IEnumerable<ValidationResult> Check(Need need, DateOnly? value, string field, string what)
    {
        if (need == Need.Always && value is null)
        {
            yield return new ValidationResult($"A {Kind} timescale needs a {what}.", [field]);
        }
        else if (need == Need.Never && value is not null)
        {
            yield return new ValidationResult($"A {Kind} timescale has no {what}; leave it out.", [field]);
        }
    }

    private enum Need
    {
        Never,
        Maybe,
        Always,
    }
}
