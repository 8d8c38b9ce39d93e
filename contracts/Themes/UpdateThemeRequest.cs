using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Themes;

/// <summary>New values for a theme (send the ETag of the version you read in <c>If-Match</c>).</summary>
/// <param name="Code">Short code unique in the plan: capital letters and digits, starting with a letter.</param>
/// <param name="Title">The theme's title.</param>
public sealed record UpdateThemeRequest(
    [Required, StringLength(20, MinimumLength = 1), RegularExpression(ThemeRules.CodePattern, ErrorMessage = ThemeRules.CodeMessage)] string Code,
    [Required, StringLength(500, MinimumLength = 1)] string Title);
