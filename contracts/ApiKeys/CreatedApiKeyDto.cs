namespace DeliveryTracker.Contracts.ApiKeys;

/// <summary>A key just created. <paramref name="Key"/> is shown this once: only its hash is stored.</summary>
/// <param name="Key">The secret to send as <c>Authorization: ApiKey …</c> or <c>X-Api-Key</c>.</param>
/// <param name="ApiKey">The key's record.</param>
public sealed record CreatedApiKeyDto(string Key, ApiKeyDto ApiKey);
