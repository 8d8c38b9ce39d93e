namespace DeliveryTracker.Api.Infrastructure.Idempotency;

/// <summary>
/// The first response to a POST sent with an <c>Idempotency-Key</c>, kept so a retry with the same key replays it
/// instead of creating the resource twice.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>Who sent it, the method and path, and the client's key: the same key on another path or from another caller is a different request.</summary>
    public required string Scope { get; set; }

    /// <summary>SHA-256 of the request body, hex; the same key with a different body is refused (422).</summary>
    public required string RequestHash { get; set; }

    /// <summary>Null while the first request is still being processed.</summary>
    public int? ResponseStatus { get; set; }

    public string? ResponseContentType { get; set; }

    public string? ResponseLocation { get; set; }

    public string? ResponseETag { get; set; }

    public byte[]? ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After this the key may be used again; expired records are removed by a cleanup.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
