using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Themes;

/// <summary>A new theme for a plan.</summary>
/// <param name="Code">Short code unique in the plan: capital letters and digits, starting with a letter (e.g. "SYV").</param>
/// <param name="Title">The theme's title, as the plan document words it.</param>
/// <param name="Position">Where to put it, from 1; omitted → after the last theme. Later themes move down.</param>
public sealed record CreateThemeRequest(
    [Required, StringLength(20, MinimumLength = 1), RegularExpression(ThemeRules.CodePattern, ErrorMessage = ThemeRules.CodeMessage)] string Code,
    [Required, StringLength(500, MinimumLength = 1)] string Title,
    [Range(1, 1000)] int? Position = null);
