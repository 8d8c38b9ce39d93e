using DeliveryTracker.Api.Infrastructure.Errors;

namespace DeliveryTracker.Api.Features.Rag;

/// <summary>The date ratings are worked out for: today in London unless the caller asks for an earlier day.</summary>
public static class AsOfDate
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary><paramref name="asOf"/> when given, else today in Europe/London.</summary>
    /// <exception cref="RequestValidationException">Before 2000 or after today, naming <c>asOf</c>: ratings describe what is known, not forecasts.</exception>
    public static DateOnly Resolve(DateOnly? asOf, LondonClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var today = clock.Today;
        return asOf switch
        {
            null => today,
            { } date when date >= Earliest && date <= today => date,
            _ => throw new RequestValidationException("asOf", $"asOf must be a date from {Earliest:yyyy-MM-dd} to today ({today:yyyy-MM-dd})."),
        };
    }
}
