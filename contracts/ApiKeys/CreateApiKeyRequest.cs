using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.ApiKeys;

/// <summary>A new API key for an integration.</summary>
/// <param name="Name">Who or what uses the key, e.g. "Council BI nightly pull"; unique.</param>
/// <param name="Scopes">What the key may do; at least one.</param>
/// <param name="ExpiresAt">When the key stops working: in the future and at most 2 years ahead.</param>
public sealed record CreateApiKeyRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required, MinLength(1), MaxLength(4)] IReadOnlyList<ApiKeyScope> Scopes,
    DateTimeOffset ExpiresAt);
