using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Webhooks;

/// <summary>A new webhook subscription.</summary>
/// <param name="Name">Who receives it, e.g. "Partner case system".</param>
/// <param name="Url">Where events are POSTed: an absolute https URL on the public internet (loopback, link-local and private addresses are refused unless the service is configured to allow them).</param>
/// <param name="Events">What to send; at least one.</param>
public sealed record CreateWebhookRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required, StringLength(2000, MinimumLength = 1)] string Url,
    [Required, MinLength(1), MaxLength(3)] IReadOnlyList<WebhookEvent> Events);
