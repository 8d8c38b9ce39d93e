using System.ComponentModel.DataAnnotations;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Contracts.ProgressUpdates;

/// <summary>
/// A lead's progress report on an action (send the action's ETag in <c>If-Match</c>: the update changes the action's
/// status and progress, so a report made on a stale view is refused).
/// </summary>
/// <param name="Status">The action's status now; becomes the action's status.</param>
/// <param name="PercentComplete">Progress now, 0–100; when given it becomes the action's percent complete.</param>
/// <param name="ReportedRag">The lead's own rating on the council's definitions (Green: no issues or risks to delivery; Amber: issues or risks identified; Red: significant issues or risks). AmberGreen and AmberRed only on plans using the 5-point scale; Complete and NotRated are derived, never reported.</param>
/// <param name="Justification">Why the reported rating differs from the derived one; mandatory when it does.</param>
/// <param name="Note">What has happened since the last update.</param>
/// <param name="EvidenceLinks">Up to 20 links (absolute http or https URLs) to evidence: minutes, reports, data.</param>
public sealed record CreateProgressUpdateRequest(
    [Required] ActionStatus? Status,
    [Range(0, 100)] int? PercentComplete = null,
    RagRating? ReportedRag = null,
    [StringLength(2000)] string? Justification = null,
    [StringLength(4000)] string? Note = null,
    [MaxLength(ProgressUpdateRules.MaxEvidenceLinks)] IReadOnlyList<string>? EvidenceLinks = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ProgressUpdateRules.ValidateEvidenceLinks(EvidenceLinks);
}
