namespace DeliveryTracker.Api.Infrastructure.Text;

/// <summary>The pattern for a <c>q</c> search: LIKE/ILIKE with <c>\</c> as the escape character.</summary>
public static class LikePattern
{
    /// <summary>The escape character the pattern is written for; pass it to <c>EF.Functions.ILike</c>.</summary>
    public const string Escape = @"\";

    /// <summary>
    /// Matches text that contains <paramref name="search"/> (trimmed) literally: LIKE's wildcards are escaped, so
    /// <c>q=100%</c> looks for the text "100%" and <c>q=a_b</c> for "a_b".
    /// </summary>
    public static string Containing(string search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var literal = search.Trim()
            .Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
        return $"%{literal}%";
    }
}
