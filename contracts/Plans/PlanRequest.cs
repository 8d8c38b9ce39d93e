using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Plans;

/// <summary>A new plan. (A change is an <see cref="UpdatePlanRequest"/>, where every field is required.)</summary>
/// <param name="Title">The plan's title, unique across plans.</param>
/// <param name="PeriodStart">First day of the plan period.</param>
/// <param name="PeriodEnd">Last day of the plan period; after the start.</param>
/// <param name="Status">Draft (default), Active or Archived. Archive a plan rather than delete it once it has history.</param>
/// <param name="SourceDocument">The document the plan comes from.</param>
/// <param name="ReviewId">The review whose recommendations the plan answers.</param>
/// <param name="Settings">RAG rules, reminder windows and board calendar; omitted → the defaults (30, 60, 70, 90, 14, 30, 5, 3-point, no meetings).</param>
public sealed record PlanRequest(
    [Required, StringLength(300, MinimumLength = 1)] string Title,
    [Required] DateOnly? PeriodStart,
    [Required] DateOnly? PeriodEnd,
    PlanStatus Status = PlanStatus.Draft,
    [StringLength(500)] string? SourceDocument = null,
    Guid? ReviewId = null,
    PlanSettingsRequest? Settings = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => PlanRules.ValidatePeriod(PeriodStart, PeriodEnd);
}
