namespace DeliveryTracker.Contracts.ApiKeys;

/// <summary>An API key as administrators see it after creation: never the key itself, nor its hash.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">Who or what uses the key.</param>
/// <param name="Prefix">The key's first characters, to recognise it (e.g. "dtk_3f9a1c0b").</param>
/// <param name="Scopes">What the key may do.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="ExpiresAt">When it stops working (UTC).</param>
/// <param name="RevokedAt">When it was revoked, if it was (UTC).</param>
/// <param name="LastUsedAt">When it was last used, to the minute (UTC); null if never.</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header of a GET or POST of this one resource.</param>
public sealed record ApiKeyDto(
    Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<ApiKeyScope> Scopes,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt,
    string Etag);
