using System.Globalization;
using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Infrastructure.Concurrency;

/// <summary>
/// Strong ETags made from a row's PostgreSQL <c>xmin</c>, and the <c>If-Match</c> rules for writes:
/// missing → 428, different from the stored version → 412 with the current representation.
/// </summary>
/// <remarks>
/// A theme read with <c>ETag: "1234"</c> and updated by someone else gets a new xmin (say 1240); a PUT that still
/// sends <c>If-Match: "1234"</c> is refused with 412 and the theme as it is now, instead of silently overwriting.
/// </remarks>
public static class EntityTag
{
    /// <summary>The longest ETag issued: a quoted 32-bit xmin, <c>"4294967295"</c>.</summary>
    public const int MaxLength = 12;

    public static string From(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Sets the response's ETag header.</summary>
    public static void Set(HttpContext httpContext, uint version)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.ETag = From(version);
    }

    /// <summary>The version the client says it last read.</summary>
    /// <exception cref="PreconditionRequiredException">No <c>If-Match</c> header.</exception>
    /// <exception cref="PreconditionFailedException">The header is not an ETag this API issued.</exception>
    public static uint RequiredIfMatch(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var header = httpContext.Request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            throw new PreconditionRequiredException();
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return value.Length > 2 && value[0] == '"' && value[^1] == '"' && uint.TryParse(value[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new PreconditionFailedException($"If-Match {header} is not a current ETag of this resource.");
    }

    /// <summary>
    /// Marks an entity changed although none of its own fields did (its children's order or links changed), so the save
    /// rewrites its row, PostgreSQL gives it a new <c>xmin</c> and the ETag a client holds for it goes stale. The audit
    /// interceptor stamps <c>UpdatedAt</c>.
    /// </summary>
    public static void Touch(DbContext db, object entity)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(entity).Property("UpdatedAt").IsModified = true;
    }

    /// <summary>Refuses the write unless the client's version is the stored one.</summary>
    /// <exception cref="PreconditionFailedException">The stored version differs; carries the current representation.</exception>
    public static void EnsureCurrent(uint ifMatch, uint stored, Func<object> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (ifMatch != stored)
        {
            throw new PreconditionFailedException(current(), From(stored));
        }
    }
}
