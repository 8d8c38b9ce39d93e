using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Ordering;

namespace DeliveryTracker.Api.Features.Objectives;

/// <summary>An objective under a theme.</summary>
public sealed class Objective : IOrdered, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ThemeId { get; set; }

    public Themes.Theme? Theme { get; set; }

    public required string Title { get; set; }

    /// <summary>Order within the theme, from 1.</summary>
    public int Position { get; set; }

    public List<Actions.PlanAction> Actions { get; init; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public uint Version { get; set; }
}
