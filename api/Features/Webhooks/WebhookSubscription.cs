using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Webhooks;

namespace DeliveryTracker.Api.Features.Webhooks;

/// <summary>
/// Where to send which events. The signing secret must be usable to sign (so it cannot be hashed): it is stored
/// encrypted with ASP.NET Core data protection, whose keys live apart from this row.
/// </summary>
public sealed class WebhookSubscription : ICreationOrdered
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string Url { get; set; }

    public required List<WebhookEvent> Events { get; set; }

    public required string EncryptedSecret { get; init; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public required string CreatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public uint Version { get; set; }
}
