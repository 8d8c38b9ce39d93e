using AutoMapper;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Webhooks;

namespace DeliveryTracker.Api.Features.Webhooks;

/// <summary>Maps webhook subscriptions to their contract record; the encrypted signing secret never leaves the server.</summary>
/// <remarks>The secret is not in the record: <see cref="CreatedWebhookDto"/> carries it once, beside the mapped record.</remarks>
public sealed class WebhookMappingProfile : Profile
{
    public WebhookMappingProfile() =>
        CreateMap<WebhookSubscription, WebhookDto>()
            .ForCtorParam(nameof(WebhookDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Version)));
}
