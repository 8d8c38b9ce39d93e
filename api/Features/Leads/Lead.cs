using DeliveryTracker.Contracts.Leads;

namespace DeliveryTracker.Api.Features.Leads;

/// <summary>A person, team, role, board or partner organisation that leads actions.</summary>
public sealed class Lead
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Unique (case-insensitively), e.g. "St Giles Trust".</summary>
    public required string Name { get; set; }

    public LeadKind Kind { get; set; }

    /// <summary>The organisation a person or team belongs to, when known.</summary>
    public Guid? OrganisationId { get; set; }

    public Lead? Organisation { get; set; }

    public string? Email { get; set; }

    /// <summary>The user account of this lead, when they have one (linked by the sign-in feature).</summary>
    public Guid? UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public uint Version { get; set; }
}
