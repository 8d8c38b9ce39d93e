using AutoMapper;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Objectives;

namespace DeliveryTracker.Api.Features.Objectives;

/// <summary>Maps objectives to their contract record.</summary>
public sealed class ObjectiveMappingProfile : Profile
{
    public ObjectiveMappingProfile() =>
        CreateMap<Objective, ObjectiveDto>()
            .ForCtorParam(nameof(ObjectiveDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Version)))
            .ForCtorParam(nameof(ObjectiveDto.PlanId), o => o.MapFrom(s => s.Theme!.PlanId))
            .ForCtorParam(nameof(ObjectiveDto.ActionCount), o => o.MapFrom(s => s.Actions.Count));
}
