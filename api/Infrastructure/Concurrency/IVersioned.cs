namespace DeliveryTracker.Api.Infrastructure.Concurrency;

/// <summary>An entity whose row version (PostgreSQL <c>xmin</c>) is its ETag: see <see cref="EntityTag"/>.</summary>
public interface IVersioned
{
    uint Version { get; }
}
