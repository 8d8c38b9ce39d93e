namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>A numbered recommendation of a review, with the council's response.</summary>
public sealed class Recommendation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ReviewId { get; set; }

    /// <summary>Unique within the review, from 1.</summary>
    public int Number { get; set; }

    /// <summary>Null when the source documents do not give the text.</summary>
    public string? Text { get; set; }

    public string? CouncilResponse { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public uint Version { get; set; }
}
