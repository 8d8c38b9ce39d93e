namespace DeliveryTracker.Api.Infrastructure.Text;

/// <summary>How optional text from a request or an import is stored: an empty or all-space value as null.</summary>
/// <remarks>
/// Two rules, kept apart on purpose: free text a person types (an email, a council response) loses its surrounding
/// spaces; text kept exactly as a source document wrote it (an action's timescale, "  March 2020") is only nulled
/// when blank, so the plan can still be printed as written.
/// </remarks>
public static class TextInput
{
    /// <summary>Null for a blank value, otherwise the value as written: <c>"  "</c> → null, <c>" May 2019"</c> → <c>" May 2019"</c>.</summary>
    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Null for a blank value, otherwise the value trimmed: <c>" a@b.org "</c> → <c>"a@b.org"</c>.</summary>
    public static string? TrimmedOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
