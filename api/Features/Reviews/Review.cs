using DeliveryTracker.Api.Infrastructure.Concurrency;

namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>An independent review whose numbered recommendations a plan answers.</summary>
public sealed class Review : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public List<Recommendation> Recommendations { get; init; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public uint Version { get; set; }
}
