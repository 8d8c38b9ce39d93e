using System.Buffers.Text;
using System.Text.Json;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Contracts.Common;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace DeliveryTracker.Api.Infrastructure.Paging;

/// <summary>
/// Keyset (cursor) pagination for lists that can grow large: the cursor is the sort key of the last item on the page,
/// as base64url JSON, so the next page starts after it with an index seek instead of an ever larger OFFSET, and rows
/// added or removed meanwhile never shift a page.
/// </summary>
/// <remarks>
/// A handler reads <c>limit + 1</c> rows after the decoded key; <see cref="ToPage{TItem, TKey}"/> keeps <c>limit</c> of
/// them and, when there was one more, sets <c>nextCursor</c> and <c>Link: &lt;…&amp;cursor=…&gt;; rel="next"</c>.
/// Example: KPIs ordered by code, limit 2, last item CRIME-BURGLARY → the next page starts after (CRIME-BURGLARY, its id).
/// </remarks>
public static class Keyset
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    /// <summary>Longer than any cursor a list issues (a sort key of a few hundred characters, JSON, base64url).</summary>
    public const int MaxCursorLength = 4096;

    // Missing or null members are errors, so a hand-made cursor cannot become a half-filled key.
    private static readonly JsonSerializerOptions CursorJson = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The page size asked for: 1–200, 50 when not given.</summary>
    /// <exception cref="RequestValidationException">Outside 1–200, naming <c>limit</c>.</exception>
    public static int Limit(int? limit) => limit switch
    {
        null => DefaultLimit,
        >= 1 and <= MaxLimit => limit.Value,
        _ => throw new RequestValidationException("limit", $"The limit must be between 1 and {MaxLimit}."),
    };

    /// <summary>The sort key a cursor carries; null when there is no cursor (the first page).</summary>
    /// <exception cref="RequestValidationException">Not a cursor this list issued, naming <c>cursor</c>.</exception>
    public static TKey? After<TKey>(string? cursor)
        where TKey : class
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        if (cursor.Length > MaxCursorLength)
        {
            throw new RequestValidationException("cursor", "The cursor is not one this list issued; pass nextCursor from the previous page unchanged.");
        }

        try
        {
            return JsonSerializer.Deserialize<TKey>(Base64Url.DecodeFromChars(cursor), CursorJson)
                ?? throw new JsonException("The cursor is empty.");
        }
        catch (Exception ex) when (ex is FormatException or JsonException or NotSupportedException)
        {
            throw new RequestValidationException("cursor", "The cursor is not one this list issued; pass nextCursor from the previous page unchanged.");
        }
    }

    /// <summary>Trims the rows read (<c>limit + 1</c>) to a page and links the next one when there is more.</summary>
    public static Page<TItem> ToPage<TItem, TKey>(HttpContext http, IReadOnlyList<TItem> rows, int limit, Func<TItem, TKey> key)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(key);
        if (rows.Count <= limit)
        {
            return new Page<TItem>(rows, NextCursor: null);
        }

        var items = rows.Take(limit).ToList();
        var next = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(key(items[^1]), CursorJson));
        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
        query["cursor"] = next;
        var link = $"{http.Request.PathBase}{http.Request.Path}{new QueryBuilder(query).ToQueryString()}";
        http.Response.Headers.Append("Link", $"<{link}>; rel=\"next\"");
        return new Page<TItem>(items, next);
    }
}
