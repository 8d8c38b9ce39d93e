using AutoMapper;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.Objectives;
using DeliveryTracker.Api.Features.Themes;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Timescales;

namespace DeliveryTracker.Api.Features.Plans;

/// <summary>Maps a plan and its tree to contract records; children are ordered as in the plan document.</summary>
public sealed class PlanMappingProfile : Profile
{
    public PlanMappingProfile()
    {
        CreateMap<Plan, PlanSummaryDto>()
            .ForCtorParam(nameof(PlanSummaryDto.RagScale), o => o.MapFrom(s => s.Settings.RagScale))
            .ForCtorParam(nameof(PlanSummaryDto.ThemeCount), o => o.MapFrom(s => s.Themes.Count))
            .ForCtorParam(nameof(PlanSummaryDto.ActionCount), o => o.MapFrom(s => s.Themes.SelectMany(t => t.Objectives).SelectMany(ob => ob.Actions).Count()));

        CreateMap<Plan, PlanDto>()
            .ForCtorParam(nameof(PlanDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Version)))
            .ForCtorParam(nameof(PlanDto.Themes), o => o.MapFrom(s => s.Themes.OrderBy(t => t.Position)))
            .ForCtorParam(nameof(PlanDto.Settings), o => o.MapFrom(s => new PlanSettingsDto(
                s.Settings.RagScale,
                s.Settings.DueSoonDays,
                s.Settings.StaleAfterDays,
                s.Settings.ProgressRedBelowPercent,
                s.Settings.ProgressAmberBelowPercent,
                s.Settings.ReminderDueSoonDays,
                s.Settings.OverdueReminderEveryDays,
                s.Settings.EscalateAfterDaysOverdue,
                s.Settings.BoardUpdateRequestWorkingDays,
                s.Settings.RemindersPaused,
                s.BoardMeetings.OrderBy(m => m.MeetingDate).Select(m => m.MeetingDate).ToList())));

        CreateMap<Theme, ThemeNodeDto>()
            .ForCtorParam(nameof(ThemeNodeDto.Objectives), o => o.MapFrom(s => s.Objectives.OrderBy(ob => ob.Position)));

        CreateMap<Objective, ObjectiveNodeDto>()
            .ForCtorParam(nameof(ObjectiveNodeDto.Actions), o => o.MapFrom(s => s.Actions.OrderBy(a => a.Position)));

        CreateMap<PlanAction, ActionNodeDto>()
            .ForCtorParam(nameof(ActionNodeDto.Leads), o => o.MapFrom(s => s.Leads.OrderByDescending(l => l.IsPrimary).ThenBy(l => l.Position)))
            .ForCtorParam(nameof(ActionNodeDto.RecommendationNumbers), o => o.MapFrom(s => s.Recommendations.Select(r => r.Recommendation!.Number).Order().ToList()));

        CreateMap<Timescale, TimescaleDto>();

        CreateMap<ActionLead, ActionLeadDto>()
            .ForCtorParam(nameof(ActionLeadDto.Name), o => o.MapFrom(s => s.Lead!.Name))
            .ForCtorParam(nameof(ActionLeadDto.Kind), o => o.MapFrom(s => s.Lead!.Kind));
    }
}
