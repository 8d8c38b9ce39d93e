namespace DeliveryTracker.Contracts.Webhooks;

/// <summary>A subscription just created, with the secret its deliveries are signed with (HMAC-SHA256), shown this once.</summary>
/// <param name="SigningSecret">The key the receiver checks each delivery's signature with.</param>
/// <param name="Webhook">The subscription.</param>
public sealed record CreatedWebhookDto(string SigningSecret, WebhookDto Webhook);
