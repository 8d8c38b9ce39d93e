using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.ApiKeys;

namespace DeliveryTracker.Api.Features.ApiKeys;

/// <summary>
/// An integration's key. The secret is never stored: only its SHA-256 hash, which is enough for a 256-bit random
/// secret (no dictionary to attack, so a slow password hash buys nothing and would cost every request).
/// </summary>
public sealed class ApiKey : ICreationOrdered
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Unique, e.g. "Council BI nightly pull".</summary>
    public required string Name { get; set; }

    /// <summary>The key's first characters ("dtk_" and 8 hex digits), unique: how a presented key finds its row.</summary>
    public required string Prefix { get; init; }

    /// <summary>SHA-256 of the whole key.</summary>
    public required byte[] Hash { get; init; }

    public required List<ApiKeyScope> Scopes { get; init; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public required string CreatedBy { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Written at most once a minute per key, so a busy feed does not write on every request.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public uint Version { get; set; }
}
