using AutoMapper;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Themes;

namespace DeliveryTracker.Api.Features.Themes;

/// <summary>Maps themes to their contract record.</summary>
public sealed class ThemeMappingProfile : Profile
{
    public ThemeMappingProfile() =>
        CreateMap<Theme, ThemeDto>()
            .ForCtorParam(nameof(ThemeDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Version)))
            .ForCtorParam(nameof(ThemeDto.ObjectiveCount), o => o.MapFrom(s => s.Objectives.Count));
}
