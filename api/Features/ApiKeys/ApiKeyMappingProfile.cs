using AutoMapper;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.ApiKeys;

namespace DeliveryTracker.Api.Features.ApiKeys;

/// <summary>Maps API key records to their contract record; the hash never leaves the server.</summary>
/// <remarks>The key itself is not in the record: <see cref="CreatedApiKeyDto"/> carries it once, beside the mapped record.</remarks>
public sealed class ApiKeyMappingProfile : Profile
{
    public ApiKeyMappingProfile() =>
        CreateMap<ApiKey, ApiKeyDto>()
            .ForCtorParam(nameof(ApiKeyDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Version)));
}
