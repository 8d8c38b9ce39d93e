using DeliveryTracker.Contracts.Security;

namespace DeliveryTracker.Api.Features.Security;

/// <summary>
/// One entry of the security log (sign-ins, failures, permission changes, API keys). Kept apart from the change
/// history (<see cref="Audit.AuditEntry"/>) because most of these change no entity, and never holds a secret.
/// </summary>
public sealed class SecurityEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;

    public SecurityEventKind Kind { get; init; }

    /// <summary>A user's email, "api-key:&lt;name&gt;" or "anonymous".</summary>
    public required string Actor { get; init; }

    /// <summary>The email tried, the user changed or the key's name.</summary>
    public required string Subject { get; init; }

    public string? IpAddress { get; init; }

    public string? Detail { get; init; }
}
