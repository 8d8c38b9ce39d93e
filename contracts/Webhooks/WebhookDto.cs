namespace DeliveryTracker.Contracts.Webhooks;

/// <summary>A webhook subscription. Its signing secret is shown only when it is created.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Name">Who receives it.</param>
/// <param name="Url">Where events are POSTed.</param>
/// <param name="Events">What is sent.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header of a GET or POST of this one resource.</param>
public sealed record WebhookDto(Guid Id, string Name, string Url, IReadOnlyList<WebhookEvent> Events, DateTimeOffset CreatedAt, string CreatedBy, string Etag);
