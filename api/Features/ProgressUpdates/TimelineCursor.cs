using System.Buffers.Text;
using System.Globalization;
using System.Text;
using DeliveryTracker.Api.Infrastructure.Errors;

namespace DeliveryTracker.Api.Features.ProgressUpdates;

/// <summary>
/// The keyset cursor of an action's timeline: the sort key (posted at, id) of the last update on a page, as opaque
/// base64url text. The next page starts strictly after it, so updates posted meanwhile never shift or repeat a page.
/// </summary>
public static class TimelineCursor
{
    public static string Encode(DateTimeOffset postedAt, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{postedAt.UtcTicks}:{id:N}")));

    /// <exception cref="RequestValidationException">The cursor is not one this API issued (names <c>cursor</c>).</exception>
    public static (DateTimeOffset PostedAt, Guid Id) Decode(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
            }
        }
        catch (FormatException)
        {
            // Not base64url: reported below like any other cursor this API did not issue.
        }

        throw new RequestValidationException("cursor", "The cursor is not valid; pass back the nextCursor of the previous page unchanged.");
    }
}
