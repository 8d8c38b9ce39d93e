using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.ProgressUpdates;

/// <summary>Validation rules for progress updates.</summary>
public static class ProgressUpdateRules
{
    public const int MaxEvidenceLinks = 20;

    public const int MaxEvidenceLinkLength = 2000;

    /// <summary>Each link must be an absolute http or https URL of at most 2,000 characters, so the board can follow it.</summary>
    public static IEnumerable<ValidationResult> ValidateEvidenceLinks(IReadOnlyList<string>? links)
    {
        for (var index = 0; index < (links?.Count ?? 0); index++)
        {
            var link = links![index];
            var field = $"evidenceLinks[{index}]";
            if (string.IsNullOrWhiteSpace(link) || link.Length > MaxEvidenceLinkLength)
            {
                yield return new ValidationResult($"An evidence link must be 1 to {MaxEvidenceLinkLength} characters.", [field]);
            }
            else if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return new ValidationResult("An evidence link must be an absolute http or https URL.", [field]);
            }
        }
    }
}
