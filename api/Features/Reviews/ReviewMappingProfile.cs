using AutoMapper;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Reviews;

namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>Maps reviews and recommendations (with the actions answering them and their roll-up rating) to contract records.</summary>
public sealed class ReviewMappingProfile : Profile
{
    public ReviewMappingProfile()
    {
        CreateMap<Review, ReviewDto>()
            .ForCtorParam(nameof(ReviewDto.RecommendationCount), o => o.MapFrom(s => s.Recommendations.Count))
            .ForCtorParam(nameof(ReviewDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Version)));

        CreateMap<AnsweringAction, AnsweringActionDto>();

        CreateMap<RecommendationRow, RecommendationDto>()
            .ForCtorParam(nameof(RecommendationDto.Id), o => o.MapFrom(s => s.Recommendation.Id))
            .ForCtorParam(nameof(RecommendationDto.ReviewId), o => o.MapFrom(s => s.Recommendation.ReviewId))
            .ForCtorParam(nameof(RecommendationDto.Number), o => o.MapFrom(s => s.Recommendation.Number))
            .ForCtorParam(nameof(RecommendationDto.Text), o => o.MapFrom(s => s.Recommendation.Text))
            .ForCtorParam(nameof(RecommendationDto.CouncilResponse), o => o.MapFrom(s => s.Recommendation.CouncilResponse))
            .ForCtorParam(nameof(RecommendationDto.RollUp), o => o.MapFrom(s => RecommendationRollUp.Of(s.AnsweringActions.Select(a => a.EffectiveRating))))
            .ForCtorParam(nameof(RecommendationDto.Covered), o => o.MapFrom(s => RecommendationRollUp.IsCovered(s.AnsweringActions.Select(a => a.EffectiveRating))))
            .ForCtorParam(nameof(RecommendationDto.UpdatedAt), o => o.MapFrom(s => s.Recommendation.UpdatedAt))
            .ForCtorParam(nameof(RecommendationDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Recommendation.Version)));
    }
}
