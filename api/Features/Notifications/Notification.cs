namespace DeliveryTracker.Api.Features.Notifications;

/// <summary>An in-app message to a lead (a reminder digest, an escalation); also sent by email or webhook when configured.</summary>
public sealed class Notification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid LeadId { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset? EmailedAt { get; set; }
}
