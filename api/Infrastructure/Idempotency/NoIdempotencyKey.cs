namespace DeliveryTracker.Api.Infrastructure.Idempotency;

/// <summary>
/// Marks a POST that creates nothing (sign-in, sign-out, a parse preview): the Idempotency-Key header is neither
/// documented nor acted on. A stored sign-in response could not replay its cookies, and must not be replayed anyway.
/// </summary>
public sealed class NoIdempotencyKey
{
    public static readonly NoIdempotencyKey Instance = new();

    private NoIdempotencyKey()
    {
    }
}

/// <summary>Puts <see cref="NoIdempotencyKey"/> on an endpoint.</summary>
public static class NoIdempotencyKeyExtensions
{
    public static TBuilder WithoutIdempotencyKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(NoIdempotencyKey.Instance);
}
