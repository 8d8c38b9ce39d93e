using System.Linq.Expressions;
using AutoMapper;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Kpis;

namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>Maps KPIs and measurements to their contract records, and requests onto the entities they write.</summary>
/// <remarks>
/// A single KPI is mapped in memory from the one measurement <see cref="KpiQueries.WithDetail"/> loaded (top-1 in SQL).
/// A list's latest measurements come from <see cref="KpiQueries.LatestMeasurementsAsync"/>, a second query over just
/// that page's KPIs, so the list projection leaves them empty; so are ratings, from <see cref="KpiQueries.RatingsAsync"/>.
/// </remarks>
public sealed class KpiMappingProfile : Profile
{
    /// <summary>Name of the mapping item that carries a KPI's action links (the KPI has no navigation to them).</summary>
    public const string ActionsItem = "actions";

    /// <summary>Name of the mapping item that carries a KPI's rating (a row of <c>kpi_ratings</c>, read separately).</summary>
    public const string RatingItem = "rating";

    private static readonly Expression<Func<Kpi, KpiLatestMeasurementDto?>> LatestMeasurement = k => k.Measurements
        .OrderByDescending(m => m.PeriodEnd)
        .ThenByDescending(m => m.PeriodStart)
        .Select(m => new KpiLatestMeasurementDto(m.Id, m.PeriodLabel, m.PeriodStart, m.PeriodEnd, m.Value))
        .FirstOrDefault();

    public KpiMappingProfile()
    {
        CreateMap<Kpi, KpiSummaryDto>()
            .ForCtorParam(nameof(KpiSummaryDto.OwnerName), o => o.MapFrom(s => s.OwnerLead == null ? null : s.OwnerLead.Name))
            .ForCtorParam(nameof(KpiSummaryDto.LatestMeasurement), o => o.MapFrom(_ => (KpiLatestMeasurementDto?)null))
            .ForCtorParam(nameof(KpiSummaryDto.Rating), o => o.MapFrom(_ => (KpiRatingDto?)null));

        CreateMap<Kpi, KpiDto>()
            .ForCtorParam(nameof(KpiDto.OwnerName), o => o.MapFrom(s => s.OwnerLead == null ? null : s.OwnerLead.Name))
            .ForCtorParam(nameof(KpiDto.LatestMeasurement), o => o.MapFrom(LatestMeasurement))
            .ForCtorParam(nameof(KpiDto.Actions), o => o.MapFrom((_, context) => (IReadOnlyList<KpiActionLinkDto>)context.Items[ActionsItem]))
            .ForCtorParam(nameof(KpiDto.Rating), o => o.MapFrom((_, context) => (KpiRatingDto)context.Items[RatingItem]))
            .ForCtorParam(nameof(KpiDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Version)));

        CreateMap<KpiMeasurement, KpiMeasurementDto>()
            .ForCtorParam(nameof(KpiMeasurementDto.Etag), o => o.MapFrom(s => EntityTag.From(s.Version)));

        // Requests onto entities: create and update carry the same fields, so both write them the same way.
        // Validation has already made the required enums and dates non-null.
        IgnoreServerSet(CreateMap<CreateKpiRequest, Kpi>());
        IgnoreServerSet(CreateMap<UpdateKpiRequest, Kpi>());
        IgnoreServerSet(CreateMap<CreateKpiMeasurementRequest, KpiMeasurement>());
        IgnoreServerSet(CreateMap<UpdateKpiMeasurementRequest, KpiMeasurement>());
    }

    private static void IgnoreServerSet<TRequest>(IMappingExpression<TRequest, Kpi> map) =>
        map.ForMember(k => k.Id, o => o.Ignore())
            .ForMember(k => k.OwnerLead, o => o.Ignore())
            .ForMember(k => k.Measurements, o => o.Ignore())
            .ForMember(k => k.CreatedAt, o => o.Ignore())
            .ForMember(k => k.UpdatedAt, o => o.Ignore())
            .ForMember(k => k.Version, o => o.Ignore());

    private static void IgnoreServerSet<TRequest>(IMappingExpression<TRequest, KpiMeasurement> map) =>
        map.ForMember(m => m.Id, o => o.Ignore())
            .ForMember(m => m.KpiId, o => o.Ignore())
            .ForMember(m => m.RecordedAt, o => o.Ignore())
            .ForMember(m => m.UpdatedAt, o => o.Ignore())
            .ForMember(m => m.Version, o => o.Ignore());
}
