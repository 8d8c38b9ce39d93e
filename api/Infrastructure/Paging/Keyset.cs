using System.Buffers.Text;
using System.Text.Json;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Contracts.Common;
using Microsoft.AspNetCore.WebUtilities;

namespace DeliveryTracker.Api.Infrastructure.Paging;

/// <summary>
/// Keyset (cursor) pagination shared by every list that can grow large: <c>limit</c> 1–200 (default 50), and an opaque
/// <c>cursor</c> that is the base64url JSON of the last item's sort key, so the next page starts strictly after it and
/// rows added or removed meanwhile never shift a page.
/// </summary>
/// <remarks>
/// Leads are ordered by (name, id): the page ending at "Police" hands back <c>cursor</c> = base64url of
/// <c>{"name":"Police","id":"…"}</c>, and the next request asks for names after "Police".
/// </remarks>
public static class Keyset
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    // A cursor missing a key part, or with a null one, is refused rather than read as "from the start".
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    /// <summary>The page size asked for, or the default.</summary>
    /// <exception cref="RequestValidationException">Outside 1–200, naming <c>limit</c>.</exception>
    public static int Limit(int? limit) =>
        limit switch
        {
            null => DefaultLimit,
            >= 1 and <= MaxLimit => limit.Value,
            _ => throw new RequestValidationException("limit", $"The limit must be between 1 and {MaxLimit}."),
        };

    /// <summary>The sort key a cursor carries, or null when there is no cursor (the first page).</summary>
    /// <exception cref="RequestValidationException">The cursor is not one this API issued, naming <c>cursor</c>.</exception>
    public static TKey? Decode<TKey>(string? cursor)
        where TKey : class
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TKey>(Base64Url.DecodeFromChars(cursor), Json)
                ?? throw new RequestValidationException("cursor", "The cursor is not valid; pass back the nextCursor of a previous page.");
        }
        catch (Exception ex) when (ex is FormatException or JsonException or NotSupportedException)
        {
            throw new RequestValidationException("cursor", "The cursor is not valid; pass back the nextCursor of a previous page.");
        }
    }

    /// <summary>
    /// Cuts a page from rows read with <c>Take(limit + 1)</c> (the extra row only says whether there is a next page),
    /// and when there is one sets the <c>Link: rel="next"</c> header to this request with the next cursor.
    /// </summary>
    public static Page<TItem> ToPage<TItem, TKey>(IReadOnlyList<TItem> rows, int limit, Func<TItem, TKey> key, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(http);
        if (rows.Count <= limit)
        {
            return new Page<TItem>(rows, NextCursor: null);
        }

        var items = rows.Take(limit).ToList();
        var next = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(key(items[^1]), Json));
        var query = http.Request.Query
            .Where(p => !string.Equals(p.Key, "cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("cursor", next));
        http.Response.Headers.Link = $"<{QueryHelpers.AddQueryString(http.Request.PathBase + http.Request.Path, query)}>; rel=\"next\"";
        return new Page<TItem>(items, next);
    }
}
