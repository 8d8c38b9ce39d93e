using AutoMapper;
using DeliveryTracker.Contracts.Themes;

namespace DeliveryTracker.Api.Features.Themes;

/// <summary>Maps themes to their contract record.</summary>
public sealed class ThemeMappingProfile : Profile
{
    public ThemeMappingProfile() =>
        CreateMap<Theme, ThemeDto>()
            .ForCtorParam(nameof(ThemeDto.ObjectiveCount), o => o.MapFrom(s => s.Objectives.Count));
}
