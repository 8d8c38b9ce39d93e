using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Plans;

namespace DeliveryTracker.Api.Features.Plans;

/// <summary>A delivery plan: themes, objectives and actions over a period, with its RAG and reminder settings.</summary>
public sealed class Plan : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    public string? SourceDocument { get; set; }

    /// <summary>The review whose recommendations this plan answers, if any.</summary>
    public Guid? ReviewId { get; set; }

    public Reviews.Review? Review { get; set; }

    public PlanSettings Settings { get; set; } = new();

    public List<Themes.Theme> Themes { get; init; } = [];

    public List<BoardMeeting> BoardMeetings { get; init; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>PostgreSQL <c>xmin</c>: changes on every write, so a stale write is caught.</summary>
    public uint Version { get; set; }
}
