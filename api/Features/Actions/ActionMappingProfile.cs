using AutoMapper;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// Maps an action to its full contract record. The rating is not part of the entity: the caller works it out with
/// <c>action_ratings</c> for the date asked and passes it in the mapping's items under <see cref="RatingItem"/>
/// (<see cref="ActionRepresentation"/> does both).
/// </summary>
public sealed class ActionMappingProfile : Profile
{
    public const string RatingItem = "Rating";

    public ActionMappingProfile()
    {
        CreateMap<PlanAction, ActionDto>()
            .ForCtorParam(nameof(ActionDto.Leads), o => o.MapFrom(s => s.Leads.OrderByDescending(l => l.IsPrimary).ThenBy(l => l.Position)))
            .ForCtorParam(nameof(ActionDto.RecommendationNumbers), o => o.MapFrom(s => s.Recommendations.Select(r => r.Recommendation!.Number).Order().ToList()))
            .ForCtorParam(nameof(ActionDto.KpiIds), o => o.MapFrom(s => s.Kpis.OrderBy(k => k.Kpi!.Code).Select(k => k.KpiId).ToList()))
            .ForCtorParam(nameof(ActionDto.Kpis), o => o.MapFrom(s => s.Kpis.OrderBy(k => k.Kpi!.Code)))
            .ForCtorParam(nameof(ActionDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Version)))
            .ForCtorParam(nameof(ActionDto.Rating), o => o.MapFrom((_, context) => (ActionRatingDto)context.Items[RatingItem]));

        CreateMap<ActionKpi, ActionKpiDto>()
            .ForCtorParam(nameof(ActionKpiDto.Code), o => o.MapFrom(s => s.Kpi!.Code))
            .ForCtorParam(nameof(ActionKpiDto.Name), o => o.MapFrom(s => s.Kpi!.Name));
    }
}
