using DeliveryTracker.Contracts.Kpis;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.Plans;

namespace DeliveryTracker.Api.Data.Seed;

// The shape of demo-plan.json, transcribed from the RBKC delivery plan (shared/seeds/000_…txt, Appendix 1) and the
// Safer Neighbourhood Board report (001_…txt). "sourceNote" fields record how garbled source rows were read.

internal sealed record DemoPlanDocument(
    IReadOnlyList<string> SourceNotes,
    DemoPlanHeader Plan,
    DemoReview Review,
    IReadOnlyList<DemoLead> Leads,
    IReadOnlyList<DemoTheme> Themes,
    IReadOnlyList<DemoKpi> Kpis);

internal sealed record DemoPlanHeader(string Title, DateOnly PeriodStart, DateOnly PeriodEnd, PlanStatus Status, string? SourceDocument);

internal sealed record DemoReview(string Title, DateOnly? PublishedOn, IReadOnlyList<DemoRecommendation> Recommendations);

internal sealed record DemoRecommendation(int Number, string? Text, string? CouncilResponse, string? SourceNote);

internal sealed record DemoLead(string Name, LeadKind Kind, string? Organisation, string? SourceNote);

internal sealed record DemoTheme(string Code, string Title, IReadOnlyList<DemoObjective> Objectives);

internal sealed record DemoObjective(string Title, IReadOnlyList<DemoAction> Actions);

internal sealed record DemoAction(
    string Reference,
    string Text,
    IReadOnlyList<string> Leads,
    bool LeadToBeAgreed,
    string? Kpi,
    string? Timescale,
    IReadOnlyList<int> Recommendations,
    IReadOnlyList<string> KpiCodes,
    string? SourceNote);

internal sealed record DemoKpi(
    string Code,
    string Name,
    string? Description,
    KpiUnit Unit,
    KpiDirection Direction,
    decimal? Target,
    decimal? AmberTolerance,
    KpiFrequency Frequency,
    int PublicationLagDays,
    decimal? Baseline,
    string? BaselinePeriod,
    KpiLifecycle Lifecycle,
    string? Owner,
    string? DataSource,
    IReadOnlyList<DemoMeasurement> Measurements,
    string? SourceNote);

internal sealed record DemoMeasurement(string Period, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, string? Source, string? Note);
