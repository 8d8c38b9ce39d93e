using AutoMapper;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Leads;

namespace DeliveryTracker.Api.Features.Leads;

/// <summary>Maps a lead and its action counts to the contract record.</summary>
public sealed class LeadMappingProfile : Profile
{
    public LeadMappingProfile() =>
        CreateMap<LeadRow, LeadDto>()
            .ForCtorParam(nameof(LeadDto.Id), o => o.MapFrom(s => s.Lead.Id))
            .ForCtorParam(nameof(LeadDto.Name), o => o.MapFrom(s => s.Lead.Name))
            .ForCtorParam(nameof(LeadDto.Kind), o => o.MapFrom(s => s.Lead.Kind))
            .ForCtorParam(nameof(LeadDto.OrganisationId), o => o.MapFrom(s => s.Lead.OrganisationId))
            .ForCtorParam(nameof(LeadDto.OrganisationName), o => o.MapFrom(s => s.Lead.Organisation == null ? null : s.Lead.Organisation.Name))
            .ForCtorParam(nameof(LeadDto.Email), o => o.MapFrom(s => s.Lead.Email))
            .ForCtorParam(nameof(LeadDto.UserId), o => o.MapFrom(s => s.Lead.UserId))
            .ForCtorParam(nameof(LeadDto.UpdatedAt), o => o.MapFrom(s => s.Lead.UpdatedAt))
            .ForCtorParam(nameof(LeadDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Lead.Version)));
}
