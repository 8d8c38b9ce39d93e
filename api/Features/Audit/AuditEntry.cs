namespace DeliveryTracker.Api.Features.Audit;

/// <summary>One change to one entity: who, when, and the values before and after (JSON). Written in the same transaction as the change.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>User id, API key name or "system".</summary>
    public required string Actor { get; set; }

    /// <summary>Entity type name, e.g. "PlanAction".</summary>
    public required string EntityType { get; set; }

    public Guid EntityId { get; set; }

    /// <summary>"Created", "Updated" or "Deleted".</summary>
    public required string Operation { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
