using AutoMapper;
using DeliveryTracker.Contracts.Security;

namespace DeliveryTracker.Api.Features.Security;

/// <summary>Maps security log entries to their contract record, field for field.</summary>
public sealed class SecurityEventMappingProfile : Profile
{
    public SecurityEventMappingProfile() => CreateMap<SecurityEvent, SecurityEventDto>();
}
