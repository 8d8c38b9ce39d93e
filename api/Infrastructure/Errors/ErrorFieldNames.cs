using System.Text.Json;

namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>
/// Every key of a problem's <c>errors</c> is the field's JSON path as the client wrote it, in camelCase, whatever
/// produced the error: annotation validation names C# members (<c>Leads[0].LeadId</c>), System.Text.Json names JSON
/// paths (<c>$.settings.boardMeetings[2]</c>), handlers name fields themselves (<c>leads[0].leadId</c>). All become
/// <c>leads[0].leadId</c> and <c>settings.boardMeetings[2]</c>; an error about the body as a whole has the key "".
/// Header names (<c>Idempotency-Key</c>) are left as they are.
/// </summary>
public static class ErrorFieldNames
{
    public static string ToClientPath(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == "$")
        {
            return "";
        }

        if (key.StartsWith("$.", StringComparison.Ordinal))
        {
            key = key[2..];
        }

        return key.Contains('-', StringComparison.Ordinal)
            ? key
            : string.Join('.', key.Split('.').Select(part => part.Length > 0 && char.IsUpper(part[0]) ? JsonNamingPolicy.CamelCase.ConvertName(part) : part));
    }

    /// <summary>Words for a field, from its path: <c>settings.dueSoonDays</c> → "Due soon days", <c>leads[0].leadId</c> → "Lead id".</summary>
    public static string Label(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var last = path.Split('.')[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        var name = bracket >= 0 ? last[..bracket] : last;
        if (name.Length == 0)
        {
            return "The request";
        }

        var words = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
