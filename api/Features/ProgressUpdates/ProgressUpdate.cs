using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Api.Features.ProgressUpdates;

/// <summary>A lead's progress report on an action; an action's updates form its timeline. Never edited once posted.</summary>
public sealed class ProgressUpdate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ActionId { get; set; }

    /// <summary>The user who posted it, or null for a partner lead posting through a signed link.</summary>
    public Guid? AuthorUserId { get; set; }

    public required string AuthorName { get; set; }

    public DateTimeOffset PostedAt { get; set; } = DateTimeOffset.UtcNow;

    public ActionStatus Status { get; set; }

    public int? PercentComplete { get; set; }

    /// <summary>The lead's own rating, on the council's definitions.</summary>
    public RagRating? ReportedRag { get; set; }

    /// <summary>Mandatory when the reported rating differs from the derived one.</summary>
    public string? Justification { get; set; }

    public string? Note { get; set; }

    public List<string> EvidenceLinks { get; init; } = [];
}
