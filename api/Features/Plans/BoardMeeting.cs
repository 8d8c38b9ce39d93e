namespace DeliveryTracker.Api.Features.Plans;

/// <summary>A partnership board meeting in a plan's calendar; update requests are timed from it.</summary>
public sealed class BoardMeeting
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public DateOnly MeetingDate { get; set; }

    public string? Title { get; set; }
}
