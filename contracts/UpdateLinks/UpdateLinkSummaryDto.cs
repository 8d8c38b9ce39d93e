namespace DeliveryTracker.Contracts.UpdateLinks;

/// <summary>A signed update link as programme managers see it: whom it was sent to, whether it still works, its use.</summary>
/// <param name="Id">The link's id (not the link itself, which is never stored or shown again).</param>
/// <param name="DigestId">The reminder digest it was sent with.</param>
/// <param name="LeadId">The lead it was sent to.</param>
/// <param name="LeadName">The lead's name, e.g. "St Giles Trust".</param>
/// <param name="ActionCount">How many actions it lets the lead update.</param>
/// <param name="CreatedAt">When it was issued (UTC).</param>
/// <param name="ExpiresAt">When it stops (or stopped) working (UTC).</param>
/// <param name="RevokedAt">When a programme manager revoked it; null while not revoked.</param>
/// <param name="RevokedBy">Who revoked it.</param>
/// <param name="LastUsedAt">When it was last used (UTC); null when never.</param>
/// <param name="Active">True while it works: neither expired nor revoked.</param>
public sealed record UpdateLinkSummaryDto(
    Guid Id,
    Guid DigestId,
    Guid LeadId,
    string LeadName,
    int ActionCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    DateTimeOffset? LastUsedAt,
    bool Active);
