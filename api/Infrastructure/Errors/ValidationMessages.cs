using System.Text.RegularExpressions;

namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>
/// Rewrites the framework's data-annotation messages, which name C# members and .NET ideas ("The Email field is
/// required.", "The field Leads must be a string or array type with a maximum length of '10'."), into plain English
/// worded from the field's JSON name ("Email is required.", "Leads must have at most 10 items."). Messages written
/// for the API (an attribute's own <c>ErrorMessage</c>, a rule's <c>ValidationResult</c>) are kept as they are.
/// </summary>
public static partial class ValidationMessages
{
    private static readonly (Regex Pattern, Func<string, Match, string> Rewrite)[] Rewrites =
    [
        (Required(), (label, _) => $"{label} is required."),
        (StringLengthBetween(), (label, m) => m.Groups["min"].Value == "1"
            ? $"{label} must not be empty and must be at most {m.Groups["max"].Value} characters."
            : $"{label} must be between {m.Groups["min"].Value} and {m.Groups["max"].Value} characters."),
        (StringLengthMax(), (label, m) => $"{label} must be at most {m.Groups["max"].Value} characters."),
        (MaxLength(), (label, m) => $"{label} must have at most {m.Groups["max"].Value} items or characters."),
        (MinLength(), (label, m) => $"{label} must have at least {m.Groups["min"].Value} items or characters."),
        (LengthBetween(), (label, m) => $"{label} must have between {m.Groups["min"].Value} and {m.Groups["max"].Value} items or characters."),
        (Range(), (label, m) => $"{label} must be between {m.Groups["min"].Value} and {m.Groups["max"].Value}."),
        (Email(), (_, _) => "Enter an email address in the correct format, like name@example.org."),
        (Url(), (label, _) => $"{label} must be a full web address, like https://example.org/path."),
        (Pattern(), (label, _) => $"{label} is not in the right format."),
        (AnyOtherField(), (label, _) => $"{label} is not valid."),
    ];

    /// <summary>The message to show for <paramref name="message"/> about the field at <paramref name="path"/>.</summary>
    public static string Plain(string path, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (pattern, rewrite) in Rewrites)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return rewrite(ErrorFieldNames.Label(path), match);
            }
        }

        return message;
    }

    [GeneratedRegex(@"^The (?<field>.+) field is required\.$", RegexOptions.None, 1000)]
    private static partial Regex Required();

    [GeneratedRegex(@"^The field (?<field>.+) must be a string with a minimum length of (?<min>\d+) and a maximum length of (?<max>\d+)\.$", RegexOptions.None, 1000)]
    private static partial Regex StringLengthBetween();

    [GeneratedRegex(@"^The field (?<field>.+) must be a string with a maximum length of (?<max>\d+)\.$", RegexOptions.None, 1000)]
    private static partial Regex StringLengthMax();

    [GeneratedRegex(@"^The field (?<field>.+) must be a string or array type with a maximum length of '(?<max>\d+)'\.$", RegexOptions.None, 1000)]
    private static partial Regex MaxLength();

    [GeneratedRegex(@"^The field (?<field>.+) must be a string or array type with a minimum length of '(?<min>\d+)'\.$", RegexOptions.None, 1000)]
    private static partial Regex MinLength();

    [GeneratedRegex(@"^The field (?<field>.+) must be a string or collection type with a minimum length of '(?<min>\d+)' and maximum length of '(?<max>\d+)'\.$", RegexOptions.None, 1000)]
    private static partial Regex LengthBetween();

    [GeneratedRegex(@"^The field (?<field>.+) must be between (?<min>.+) and (?<max>.+)\.$", RegexOptions.None, 1000)]
    private static partial Regex Range();

    [GeneratedRegex(@"^The (?<field>.+) field is not a valid e-mail address\.$", RegexOptions.None, 1000)]
    private static partial Regex Email();

    [GeneratedRegex(@"^The (?<field>.+) field is not a valid fully-qualified http, https, or ftp URL\.$", RegexOptions.None, 1000)]
    private static partial Regex Url();

    [GeneratedRegex(@"^The field (?<field>.+) must match the regular expression '.*'\.$", RegexOptions.None, 1000)]
    private static partial Regex Pattern();

    /// <summary>Any other framework message of the "The X field …" / "The field X …" form (Compare, Phone, AllowedValues …).</summary>
    [GeneratedRegex(@"^The (field \S+ |\S+ field )", RegexOptions.None, 1000)]
    private static partial Regex AnyOtherField();
}
