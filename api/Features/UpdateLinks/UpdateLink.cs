namespace DeliveryTracker.Api.Features.UpdateLinks;

/// <summary>
/// A link in a digest to a lead with no account (a partner organisation's contact): it lets whoever holds it post
/// progress updates to exactly the actions in that digest, and nothing else, until it expires or is revoked. The token
/// is this row's id signed with data protection (<see cref="UpdateLinkToken"/>), so nothing secret is stored; every use
/// and refusal goes to the security log.
/// </summary>
public sealed class UpdateLink
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DigestId { get; set; }

    public Guid LeadId { get; set; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
