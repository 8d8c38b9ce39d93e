using System.Globalization;
using System.Text.RegularExpressions;
using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.Extensions.Primitives;

namespace DeliveryTracker.Api.Infrastructure.Requests;

/// <summary>
/// Checks an API request's query string against its operation's parameters (<see cref="OperationCatalogue"/>) before
/// binding, so a query can never mean something other than what the client wrote:
/// <list type="bullet">
/// <item>a name the operation does not take is a 400 naming it and listing the accepted ones;</item>
/// <item>enum values match their names case-insensitively (<c>rag=red</c> is <c>Red</c>) and never by number;</item>
/// <item>dates are ISO 8601 only: <c>asOf=2019-06-01</c>; <c>asOf=01/06/2019</c> is a 400, not 6 January.</item>
/// </list>
/// </summary>
/// <remarks>Runs after authorization, so an anonymous caller still gets 401 rather than a lesson in parameter names.</remarks>
public sealed partial class QueryStringGuard(RequestDelegate next, OperationCatalogue catalogue)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.QueryString.HasValue || catalogue.Find(context.GetEndpoint()) is not { } operation)
        {
            return next(context);
        }

        var unknown = context.Request.Query.Keys.Where(k => !operation.QueryParameters.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new UnknownQueryParameterException(unknown, [.. operation.QueryParameters.Values.Select(p => p.Name).Order(StringComparer.Ordinal)]);
        }

        var errors = new Dictionary<string, string[]>();
        var rewritten = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var changed = false;
        foreach (var (key, values) in context.Request.Query)
        {
            var parameter = operation.QueryParameters[key];
            var (name, type) = (parameter.Name, parameter.ValueType);
            var canonical = new string?[values.Count];
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i] ?? "";
                canonical[i] = value;
                if (parameter.EnumNames is { } names)
                {
                    var match = names.FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
                    if (match is null)
                    {
                        errors[name] = [$"{name} must be one of: {string.Join(", ", names)}."];
                    }
                    else if (!string.Equals(match, value, StringComparison.Ordinal))
                    {
                        canonical[i] = match;
                        changed = true;
                    }
                }
                else if (type == typeof(DateOnly) && !IsIsoDate(value))
                {
                    errors[name] = [$"{name} must be a date in ISO 8601 form (year-month-day), e.g. 2019-06-01."];
                }
                else if ((type == typeof(DateTimeOffset) || type == typeof(DateTime)) && !IsIsoDateTime(value))
                {
                    errors[name] = [$"{name} must be a date and time in ISO 8601 form with a UTC offset, e.g. 2019-06-01T09:30:00Z "
                        + "(in a URL, write a + offset as %2B)."];
                }
            }

            rewritten[key] = new StringValues(canonical);
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        if (changed)
        {
            context.Request.Query = new QueryCollection(rewritten);
        }

        return next(context);
    }

    private static bool IsIsoDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsIsoDateTime(string value) =>
        IsoDateTime().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);

    /// <summary>RFC 3339 (the ISO 8601 profile the internet uses): date, T, time to the second or finer, Z or ±hh:mm.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoDateTime();
}
