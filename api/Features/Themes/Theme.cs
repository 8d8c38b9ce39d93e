using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Ordering;

namespace DeliveryTracker.Api.Features.Themes;

/// <summary>A theme of a plan (one table of the delivery plan document).</summary>
public sealed class Theme : IOrdered, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public Plans.Plan? Plan { get; set; }

    /// <summary>Short code unique in the plan, used as the prefix of action references ("SYV").</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    /// <summary>Order within the plan, from 1.</summary>
    public int Position { get; set; }

    public List<Objectives.Objective> Objectives { get; init; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public uint Version { get; set; }
}
