using AutoMapper;
using DeliveryTracker.Contracts.ProgressUpdates;

namespace DeliveryTracker.Api.Features.ProgressUpdates;

/// <summary>Maps progress updates to their contract record.</summary>
public sealed class ProgressUpdateMappingProfile : Profile
{
    public ProgressUpdateMappingProfile() => CreateMap<ProgressUpdate, ProgressUpdateDto>();
}
