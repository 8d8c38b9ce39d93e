using System.Text.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.ApiKeys;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Kpis;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.Notifications;
using DeliveryTracker.Contracts.Objectives;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Contracts.Reviews;
using DeliveryTracker.Contracts.Security;
using DeliveryTracker.Contracts.Themes;
using DeliveryTracker.Contracts.Timescales;
using DeliveryTracker.Contracts.UpdateLinks;
using DeliveryTracker.Contracts.Webhooks;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// One realistic instance of every contract record, taken from the demo data (the council's "Building Safer
/// Communities – Delivery Plan"), for the OpenAPI document's examples.
/// </summary>
/// <remarks>
/// The examples are real contract instances, so the compiler keeps them in step with the contracts; they are written
/// into the document by <see cref="ExampleSchemaTransformer"/> with the API's own JSON options.
/// </remarks>
internal static class ContractExamples
{
    // Stable ids, so the examples read as one connected story.
    private static readonly Guid PlanId = new("0b6f3c1e-2a44-4c1d-9f5e-1d2c3b4a5e01");
    private static readonly Guid ThemeId = new("5a1e7d20-8c3b-4f6a-b2d9-0e4f5a6b7c02");
    private static readonly Guid ObjectiveId = new("7c2d9e31-4b5a-4e8f-a1c3-2f3e4d5c6b03");
    private static readonly Guid ActionId = new("9e3f0a42-6d7c-4a9b-83e5-4a5b6c7d8e04");
    private static readonly Guid LeadId = new("b14a1b53-8e9d-4bac-95f7-6c7d8e9f0a05");
    private static readonly Guid OrganisationLeadId = new("c25b2c64-0fae-4cbd-a708-8e9f0a1b2c06");
    private static readonly Guid KpiId = new("d36c3d75-2abf-4dce-b819-a0b1c2d3e407");
    private static readonly Guid MeasurementId = new("e47d4e86-4bc0-4edf-c92a-c2d3e4f5a608");
    private static readonly Guid ReviewId = new("f58e5f97-6cd1-4ef0-da3b-e4f5a6b7c809");
    private static readonly Guid RecommendationId = new("0a9f60a8-8de2-4f01-eb4c-a6b7c8d9e010");
    private static readonly Guid ProgressUpdateId = new("1ba071b9-aef3-4a12-fc5d-c8d9e0f1a211");
    private static readonly Guid SecondThemeId = new("2cb182ca-c0f4-4b23-8d6e-e0f1a2b3c412");
    private static readonly Guid UserId = new("3dc293db-d105-4c34-9e7f-f1a2b3c4d513");
    private static readonly Guid ApiKeyId = new("4ed3a4ec-e216-4d45-8f80-a2b3c4d5e614");
    private static readonly Guid SecurityEventId = new("5fe4b5fd-f327-4e56-9091-b3c4d5e6f715");
    private static readonly Guid WebhookId = new("60f5c60e-0438-4f67-a1a2-c4d5e6f7a816");
    private static readonly Guid UpdateLinkId = new("7106d71f-1549-4a78-b2b3-d5e6f7a8b917");
    private static readonly Guid DigestId = new("8217e820-265a-4b89-83c4-e6f7a8b9ca18");
    private static readonly Guid NotificationId = new("9328f931-376b-4c9a-94d5-f7a8b9cadb29");
    private static readonly Guid ReminderId = new("a439fa42-487c-4dab-a5e6-a8b9cadbec3a");

    private static readonly DateTimeOffset UpdatedAt = new(2019, 10, 14, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly AsOf = new(2019, 10, 14);

    private const string PlanTitle = "Building Safer Communities – Delivery Plan";
    private const string SourceDocument = "Building Safer Communities: the Response to the Community Safety Review (RBKC), Appendix 1";
    private const string ThemeTitle = "Tackling Violence: Tackling serious youth violence, gang and knife crime";
    private const string ObjectiveTitle = "Improve the coordination of the partnership actions to tackle serious youth violence, gang and knife crime.";
    private const string ActionText = "Embed contextual safeguarding in the strategic and operational approach to tackling serious youth violence, gang and knife crime.";
    private const string ActionKpiText = "Included in SYV, gang and knife crime strategy";

    private static readonly Dictionary<Type, Func<object>> Examples = new()
    {
        // Common
        [typeof(ReorderRequest)] = () => new ReorderRequest([ThemeId, SecondThemeId]),

        // Audit
        [typeof(HistoryEntryDto)] = () => HistoryEntry,

        // Plans
        [typeof(PlanRequest)] = () => PlanRequest,
        [typeof(UpdatePlanRequest)] = () => UpdatePlanRequest,
        [typeof(PlanSettingsRequest)] = () => PlanSettingsRequest,
        [typeof(PlanSettingsDto)] = () => PlanSettings,
        [typeof(PlanSummaryDto)] = () => PlanSummary,
        [typeof(PlanDto)] = () => Plan,
        [typeof(ThemeNodeDto)] = () => ThemeNode,
        [typeof(ObjectiveNodeDto)] = () => ObjectiveNode,
        [typeof(ActionNodeDto)] = () => ActionNode,
        [typeof(PlanDashboardDto)] = () => Dashboard,
        [typeof(RatingCountsDto)] = () => DashboardRatings,
        [typeof(DashboardThemeDto)] = () => DashboardTheme,
        [typeof(AttentionCountsDto)] = () => Attention,
        [typeof(KpiTileDto)] = () => KpiTile,
        [typeof(KpiTrendPointDto)] = () => TrendPoint,
        [typeof(LatestProgressUpdateDto)] = () => LatestUpdate,

        // Themes
        [typeof(CreateThemeRequest)] = () => new CreateThemeRequest("SYV", ThemeTitle, Position: 1),
        [typeof(UpdateThemeRequest)] = () => new UpdateThemeRequest("SYV", ThemeTitle),
        [typeof(ThemeDto)] = () => Theme,

        // Objectives
        [typeof(CreateObjectiveRequest)] = () => new CreateObjectiveRequest(ObjectiveTitle, Position: 1),
        [typeof(UpdateObjectiveRequest)] = () => new UpdateObjectiveRequest(ObjectiveTitle),
        [typeof(ObjectiveDto)] = () => Objective,

        // Actions
        [typeof(CreateActionRequest)] = () => CreateActionRequest,
        [typeof(UpdateActionRequest)] = () => UpdateActionRequest,
        [typeof(ActionTimescaleRequest)] = () => new ActionTimescaleRequest("September 2019"),
        [typeof(CorrectTimescaleRequest)] = () => new CorrectTimescaleRequest(TimescaleKind.ByDate, DueDate: new DateOnly(2019, 9, 30)),
        [typeof(ActionLeadRequest)] = () => PrimaryLeadRequest,
        [typeof(ActionLeadDto)] = () => ActionLead,
        [typeof(ActionKpiDto)] = () => ActionKpi,
        [typeof(ActionDto)] = () => Action,
        [typeof(ActionSummaryDto)] = () => ActionSummary,
        [typeof(RagCountsDto)] = () => RagCounts,

        // RAG ratings
        [typeof(ActionRatingDto)] = () => Rating,

        // Progress updates
        [typeof(CreateProgressUpdateRequest)] = () => CreateProgressUpdateRequest,
        [typeof(ProgressUpdateDto)] = () => ProgressUpdate,

        // Timescales
        [typeof(ParseTimescaleRequest)] = () => new ParseTimescaleRequest("September 2019", PlanId),
        [typeof(TimescaleDto)] = () => Timescale,

        // Leads
        [typeof(CreateLeadRequest)] = () => new CreateLeadRequest("St Giles Trust", LeadKind.Organisation),
        [typeof(UpdateLeadRequest)] = () => new UpdateLeadRequest("St Giles Trust", LeadKind.Organisation, OrganisationId: null, Email: null),
        [typeof(LeadDto)] = () => Lead,

        // KPIs
        [typeof(CreateKpiRequest)] = () => CreateKpiRequest,
        [typeof(UpdateKpiRequest)] = () => UpdateKpiRequest,
        [typeof(KpiDto)] = () => Kpi,
        [typeof(KpiSummaryDto)] = () => KpiSummary,
        [typeof(KpiLatestMeasurementDto)] = () => LatestMeasurement,
        [typeof(KpiRatingDto)] = () => KpiRating,
        [typeof(KpiActionLinkDto)] = () => new KpiActionLinkDto(ActionId, PlanId, "SYV-1.1"),
        [typeof(CreateKpiMeasurementRequest)] = () => CreateMeasurementRequest,
        [typeof(UpdateKpiMeasurementRequest)] = () => UpdateMeasurementRequest,
        [typeof(KpiMeasurementDto)] = () => Measurement,

        // Reviews and recommendations
        [typeof(CreateReviewRequest)] = () => new CreateReviewRequest("Community Safety Review"),
        [typeof(UpdateReviewRequest)] = () => new UpdateReviewRequest("Community Safety Review", PublishedOn: null),
        [typeof(ReviewDto)] = () => Review,
        [typeof(CreateRecommendationRequest)] = () => new CreateRecommendationRequest(29, RecommendationText, CouncilResponse),
        [typeof(UpdateRecommendationRequest)] = () => new UpdateRecommendationRequest(29, RecommendationText, CouncilResponse),
        [typeof(RecommendationDto)] = () => Recommendation,
        [typeof(AnsweringActionDto)] = () => AnsweringAction,

        // Accounts
        [typeof(SignInRequest)] = () => new SignInRequest("pm@example.org", "correct horse battery staple"),
        [typeof(CurrentUserDto)] = () => new CurrentUserDto(UserId, "lead@example.org", "Aman Jaswal", [Role.Lead], LeadId, "cookie"),
        [typeof(UserDto)] = () => new UserDto(UserId, "lead@example.org", "Aman Jaswal", [Role.Lead], LeadId, null, false, UpdatedAt, Etag),
        [typeof(CreateUserRequest)] = () => new CreateUserRequest("lead@example.org", "Aman Jaswal", "correct horse battery staple", [Role.Lead], LeadId),
        [typeof(UpdateUserRequest)] = () => new UpdateUserRequest("Aman Jaswal", [Role.Lead, Role.BoardMember], LeadId, false),

        // API keys
        [typeof(CreateApiKeyRequest)] = () => new CreateApiKeyRequest("Council BI nightly pull", [ApiKeyScope.PlansRead, ApiKeyScope.KpisRead], UpdatedAt.AddYears(1)),
        [typeof(ApiKeyDto)] = () => ApiKey,
        [typeof(CreatedApiKeyDto)] = () => new CreatedApiKeyDto("dtk_3f9a1c0b_Jm8vQ2x1cE9rZ3N0b1ZpbGxhZ2VQdW1wSGVyZQ", ApiKey),

        // Webhooks
        [typeof(CreateWebhookRequest)] = () => new CreateWebhookRequest("Partner case system", "https://cases.partner.example/hooks/delivery-tracker", [WebhookEvent.ProgressUpdatePosted]),
        [typeof(WebhookDto)] = () => Webhook,
        [typeof(CreatedWebhookDto)] = () => new CreatedWebhookDto("q3L1h0mJ0wq8T3u9cXc2cU1sZ2hvcnNlLWJhdHRlcnk=", Webhook),

        // Reminders
        [typeof(ReminderScanResultDto)] = () => new ReminderScanResultDto(new DateOnly(2020, 4, 1), 94, 0, 76, 18, 0, 0, 21),

        // Signed update links
        [typeof(UpdateLinkActionDto)] = () => UpdateLinkAction,
        [typeof(UpdateLinkDto)] = () => new UpdateLinkDto("St Giles Trust", UpdatedAt.AddDays(28), [UpdateLinkAction]),
        [typeof(UpdateLinkSummaryDto)] = () => new UpdateLinkSummaryDto(
            UpdateLinkId, DigestId, OrganisationLeadId, "St Giles Trust", 3, UpdatedAt, UpdatedAt.AddDays(28), null, null, UpdatedAt.AddDays(2), true),

        // Security log
        [typeof(SecurityEventDto)] = () => new SecurityEventDto(SecurityEventId, UpdatedAt, SecurityEventKind.RolesChanged, "admin@example.org", "lead@example.org", "10.20.30.40", "Lead → BoardMember, Lead"),

        // Notifications, reminders and preferences
        [typeof(NotificationDto)] = () => new NotificationDto(
            NotificationId, "1 action needs an update", $"SYV-1.1 {ActionText}\nOverdue by 14 days (due 30 September 2019).", UpdatedAt, null, [NotificationItem]),
        [typeof(NotificationItemDto)] = () => NotificationItem,
        [typeof(UnreadCountDto)] = () => new UnreadCountDto(3),
        [typeof(ReminderDto)] = () => new ReminderDto(
            ReminderId, PlanId, ActionId, "SYV-1.1", ActionText, LeadId, null, "Aman Jaswal", ReminderKind.Overdue, "2019-09-30/2", new DateOnly(2019, 9, 30), 14,
            UpdatedAt, ReminderState.Delivered, UpdatedAt.AddMinutes(1), [DeliveryChannel.InApp, DeliveryChannel.Email], null, null),
        [typeof(PreferencesDto)] = () => new PreferencesDto(EmailReminders: true),
        [typeof(PreferencesRequest)] = () => new PreferencesRequest(EmailReminders: false),
    };

    private static NotificationItemDto NotificationItem => new(
        ReminderId, ActionId, "SYV-1.1", ActionText, ReminderKind.Overdue, new DateOnly(2019, 9, 30), 14, ReminderState.Delivered);

    private static WebhookDto Webhook => new(
        WebhookId, "Partner case system", "https://cases.partner.example/hooks/delivery-tracker", [WebhookEvent.ProgressUpdatePosted], UpdatedAt, "admin@example.org", Etag);

    private static UpdateLinkActionDto UpdateLinkAction => new(
        ActionId, "SYV-1.1", ActionText, ActionStatus.InProgress, 40, new DateOnly(2019, 9, 30), UpdatedAt.AddDays(-80), RagRating.Red, "overdue since 30 Sep 2019", RagScale.ThreePoint, Etag);

    private static ApiKeyDto ApiKey => new(
        ApiKeyId, "Council BI nightly pull", "dtk_3f9a1c0b", [ApiKeyScope.PlansRead, ApiKeyScope.KpisRead], UpdatedAt, "admin@example.org", UpdatedAt.AddYears(1), null, UpdatedAt.AddDays(1), Etag);

    /// <summary>The example of a contract type, or null when there is none.</summary>
    public static object? For(Type type)
    {
        if (Examples.TryGetValue(type, out var example))
        {
            return example();
        }

        // Page<T>: one page holding T's example, with no further pages.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Page<>))
        {
            var itemType = type.GetGenericArguments()[0];
            if (For(itemType) is { } item)
            {
                var items = Array.CreateInstance(itemType, 1);
                items.SetValue(item, 0);
                return Activator.CreateInstance(type, items, null);
            }
        }

        return null;
    }

    /// <summary>The contract types that have an example (Page&lt;T&gt; aside).</summary>
    public static IReadOnlyCollection<Type> Types => Examples.Keys;

    // ---- Audit ----

    private static HistoryEntryDto HistoryEntry => new(
        UpdatedAt,
        "natasha.bishopp@rbkc.gov.uk",
        "Updated",
        JsonSerializer.SerializeToElement(new { status = "NotStarted", percentComplete = (int?)null }),
        JsonSerializer.SerializeToElement(new { status = "InProgress", percentComplete = 40 }));

    // ---- Plans ----

    /// <summary>An ETag as the API issues it: the row version in quotes.</summary>
    private const string Etag = "\"1234\"";

    private static IReadOnlyList<DateOnly> BoardMeetings => [new(2019, 7, 10), new(2019, 10, 16), new(2020, 1, 15)];

    private static PlanRequest PlanRequest => new(
        PlanTitle, new DateOnly(2019, 4, 1), new DateOnly(2022, 3, 31), PlanStatus.Active, SourceDocument, ReviewId, PlanSettingsRequest);

    private static PlanSettingsRequest PlanSettingsRequest => new(RagScale.ThreePoint, 30, 60, 70, 90, 14, 7, 30, 10, false, BoardMeetings);

    private static PlanSettingsDto PlanSettings => new(RagScale.ThreePoint, 30, 60, 70, 90, 14, 7, 30, 10, false, BoardMeetings);

    private static PlanSummaryDto PlanSummary => new(
        PlanId, PlanTitle, new DateOnly(2019, 4, 1), new DateOnly(2022, 3, 31), PlanStatus.Active, RagScale.ThreePoint, 8, 61, UpdatedAt);

    private static PlanDto Plan => new(
        PlanId, PlanTitle, new DateOnly(2019, 4, 1), new DateOnly(2022, 3, 31), PlanStatus.Active, SourceDocument, ReviewId, PlanSettings, [ThemeNode], UpdatedAt, Etag);

    private static UpdatePlanRequest UpdatePlanRequest => new(
        PlanTitle, new DateOnly(2019, 4, 1), new DateOnly(2022, 3, 31), PlanStatus.Active, SourceDocument, ReviewId, PlanSettingsRequest);

    private static ThemeNodeDto ThemeNode => new(ThemeId, "SYV", ThemeTitle, 1, [ObjectiveNode]);

    private static ObjectiveNodeDto ObjectiveNode => new(ObjectiveId, ObjectiveTitle, 1, [ActionNode]);

    private static ActionNodeDto ActionNode => new(
        ActionId, "SYV-1.1", ActionText, 1, ActionStatus.InProgress, 40, ActionKpiText, Timescale, [ActionLead], LeadToBeAgreed: false, [29], SourceNote: null);

    // ---- Themes and objectives ----

    private static ThemeDto Theme => new(ThemeId, PlanId, "SYV", ThemeTitle, 1, 5, UpdatedAt, Etag);

    private static ObjectiveDto Objective => new(ObjectiveId, PlanId, ThemeId, ObjectiveTitle, 1, 3, UpdatedAt, Etag);

    // ---- Actions ----

    private static ActionLeadRequest PrimaryLeadRequest => new(LeadId, IsPrimary: true);

    private static CreateActionRequest CreateActionRequest => new(
        ActionText,
        ReferenceCode: "SYV-1.1",
        KpiText: ActionKpiText,
        Timescale: "September 2019",
        Leads: [PrimaryLeadRequest],
        RecommendationNumbers: [29]);

    private static UpdateActionRequest UpdateActionRequest => new(
        "SYV-1.1", ActionText, ActionStatus.InProgress, 40, ActionKpiText, new ActionTimescaleRequest("September 2019"), [PrimaryLeadRequest], [29], [KpiId],
        LeadToBeAgreed: false, SourceNote: null);

    private static ActionLeadDto ActionLead => new(LeadId, "Natasha Bishopp", LeadKind.Person, IsPrimary: true);

    private static ActionKpiDto ActionKpi => new(KpiId, "CRIME-BURGLARY", "Burglary (recorded crime)");

    private static ActionDto Action => new(
        ActionId, PlanId, ThemeId, ObjectiveId, "SYV-1.1", ActionText, 1, ActionStatus.InProgress, 40, ActionKpiText, Timescale,
        [ActionLead], LeadToBeAgreed: false, [29], [KpiId], [ActionKpi], SourceNote: null, LastProgressAt: UpdatedAt, UpdatedAt: UpdatedAt, Rating: Rating, Etag: Etag);

    private static ActionSummaryDto ActionSummary => new(
        ActionId, PlanId, ThemeId, ObjectiveId, "SYV-1.1", ActionText, ActionStatus.InProgress, 40, "September 2019", TimescaleKind.ByDate,
        StartDate: null, DueDate: new DateOnly(2019, 9, 30), [ActionLead], LeadToBeAgreed: false, [29], [KpiId], Rating, UpdatedAt);

    private static RagCountsDto RagCounts => new(AsOf, 61, 1, new Dictionary<RagRating, int>
    {
        [RagRating.Green] = 22,
        [RagRating.Amber] = 14,
        [RagRating.Red] = 9,
        [RagRating.Complete] = 11,
        [RagRating.NotRated] = 4,
    });

    // ---- Plan dashboard ----

    /// <summary>The demo plan as at the October 2019 board: SYV-1.1 one of the overdue, its latest update listed.</summary>
    private static PlanDashboardDto Dashboard => new(
        PlanId, AsOf, RagScale.ThreePoint, DashboardRatings, [DashboardTheme], Attention, [KpiTile], [LatestUpdate]);

    private static RatingCountsDto DashboardRatings => new(61, 1, new Dictionary<RagRating, int>
    {
        [RagRating.Green] = 22,
        [RagRating.Amber] = 14,
        [RagRating.Red] = 9,
        [RagRating.Complete] = 11,
        [RagRating.NotRated] = 4,
    });

    private static DashboardThemeDto DashboardTheme => new(ThemeId, "SYV", ThemeTitle, new RatingCountsDto(9, 0, new Dictionary<RagRating, int>
    {
        [RagRating.Green] = 3,
        [RagRating.Amber] = 2,
        [RagRating.Red] = 2,
        [RagRating.Complete] = 1,
        [RagRating.NotRated] = 1,
    }));

    private static AttentionCountsDto Attention => new(Overdue: 7, DueSoon: 5, Stale: 12, Blocked: 1);

    private static KpiTrendPointDto TrendPoint => new("Sep 2019–Aug 2020", new DateOnly(2019, 9, 1), new DateOnly(2020, 8, 31), 1881m);

    private static KpiTileDto KpiTile => new(
        KpiId, "CRIME-BURGLARY", "Burglary (recorded crime)", KpiUnit.Count, KpiDirection.LowerIsBetter, Target: null, AmberTolerance: null, KpiRating,
        [new KpiTrendPointDto("Sep 2018–Aug 2019", new DateOnly(2018, 9, 1), new DateOnly(2019, 8, 31), 2002m), TrendPoint]);

    private static LatestProgressUpdateDto LatestUpdate => new(
        ProgressUpdateId, ActionId, "SYV-1.1", ActionText, "Natasha Bishopp", UpdatedAt, ActionStatus.InProgress, RagRating.Amber, ProgressNote);

    // ---- RAG ratings ----

    /// <summary>SYV-1.1 was due on 30 September 2019 and is not complete, so its derived rating is Red.</summary>
    private static ActionRatingDto Rating => new(
        AsOf,
        Derived: RagRating.Red,
        DerivedReason: RagReason.Overdue,
        DerivedReasonText: "overdue since 30 Sep 2019",
        DueDate: new DateOnly(2019, 9, 30),
        Reported: null,
        ReportedAt: null,
        ReportedJustification: null,
        Effective: RagRating.Red,
        EffectiveSource: RatingSource.Derived,
        Overdue: true,
        DueSoon: false,
        Stale: false,
        Blocked: false);

    // ---- Progress updates ----

    private const string ProgressNote = "Contextual safeguarding section drafted for the SYV, gang and knife crime strategy; partner sign-off at the October board.";

    private static CreateProgressUpdateRequest CreateProgressUpdateRequest => new(
        ActionStatus.InProgress,
        PercentComplete: 40,
        ReportedRag: RagRating.Amber,
        Justification: "Drafting slipped past September; sign-off booked for the 16 October board.",
        Note: ProgressNote,
        EvidenceLinks: ["https://www.rbkc.gov.uk/community-and-local-life/community-safety"]);

    private static ProgressUpdateDto ProgressUpdate => new(
        ProgressUpdateId, ActionId, "Natasha Bishopp", UpdatedAt, ActionStatus.InProgress, 40, RagRating.Amber,
        "Drafting slipped past September; sign-off booked for the 16 October board.", ProgressNote,
        ["https://www.rbkc.gov.uk/community-and-local-life/community-safety"]);

    // ---- Timescales ----

    private static TimescaleDto Timescale => new(
        "September 2019", TimescaleKind.ByDate, StartDate: null, DueDate: new DateOnly(2019, 9, 30), TimescaleConfidence.High, IsCorrected: false,
        Note: "A month means its last day.");

    // ---- Leads ----

    private static LeadDto Lead => new(
        OrganisationLeadId, "St Giles Trust", LeadKind.Organisation, OrganisationId: null, OrganisationName: null, Email: null, UserId: null,
        OpenActionCount: 1, OverdueActionCount: 0, UpdatedAt, Etag);

    // ---- KPIs ----

    private const string KpiDescription = "Police-recorded 'Burglary' offences in Kensington and Chelsea, compared 2019 v 2020.";
    private const string KpiDataSource = "MPS crime data, category 'Burglary', RBKC borough";

    private static CreateKpiRequest CreateKpiRequest => new(
        "CRIME-BURGLARY", "Burglary (recorded crime)", KpiUnit.Count, KpiDirection.LowerIsBetter, KpiFrequency.AdHoc, KpiLifecycle.Reporting,
        KpiDescription, PublicationLagDays: 1, Baseline: 2002m, BaselinePeriod: "Sep 2018–Aug 2019", DataSource: KpiDataSource);

    private static UpdateKpiRequest UpdateKpiRequest => new(
        "CRIME-BURGLARY", "Burglary (recorded crime)", KpiUnit.Count, KpiDirection.LowerIsBetter, KpiFrequency.AdHoc, KpiLifecycle.Reporting,
        KpiDescription, Target: null, AmberTolerance: null, PublicationLagDays: 1, Baseline: 2002m, BaselinePeriod: "Sep 2018–Aug 2019", OwnerLeadId: OrganisationLeadId,
        DataSource: KpiDataSource, PlanId: PlanId);

    private static KpiLatestMeasurementDto LatestMeasurement => new(
        MeasurementId, "Sep 2019–Aug 2020", new DateOnly(2019, 9, 1), new DateOnly(2020, 8, 31), 1881m);

    /// <summary>The burglary series is watched against last year, not a target: monitored, never green (as of the Nov 2020 board).</summary>
    private static KpiRatingDto KpiRating => new(
        new DateOnly(2020, 11, 16), KpiRag.Monitored, "monitored without a target: 1,881 for Sep 2019–Aug 2020", MeasurementId, "Sep 2019–Aug 2020",
        new DateOnly(2020, 8, 31), 1881m, NextExpectedBy: null);

    private static KpiDto Kpi => new(
        KpiId, PlanId, "CRIME-BURGLARY", "Burglary (recorded crime)", KpiDescription, KpiUnit.Count, KpiDirection.LowerIsBetter,
        Target: null, AmberTolerance: null, KpiFrequency.AdHoc, 1, 2002m, "Sep 2018–Aug 2019", KpiLifecycle.Reporting,
        OrganisationLeadId, "Police", KpiDataSource, LatestMeasurement, KpiRating, [new KpiActionLinkDto(ActionId, PlanId, "SYV-1.1")],
        CreatedAt: new DateTimeOffset(2019, 4, 1, 9, 0, 0, TimeSpan.Zero), UpdatedAt, Etag);

    private static KpiSummaryDto KpiSummary => new(
        KpiId, PlanId, "CRIME-BURGLARY", "Burglary (recorded crime)", KpiUnit.Count, KpiDirection.LowerIsBetter, Target: null,
        AmberTolerance: null, KpiFrequency.AdHoc, 1, KpiLifecycle.Reporting, OrganisationLeadId, "Police", LatestMeasurement, KpiRating, UpdatedAt);

    private const string MeasurementSource = "RBKC Safer Neighbourhood Board report, Nov 2020";
    private const string MeasurementNote = "Variance vs 2019 as reported: -6%";

    private static CreateKpiMeasurementRequest CreateMeasurementRequest => new(
        "Sep 2019–Aug 2020", new DateOnly(2019, 9, 1), new DateOnly(2020, 8, 31), 1881m, MeasurementSource, MeasurementNote);

    private static UpdateKpiMeasurementRequest UpdateMeasurementRequest => new(
        "Sep 2019–Aug 2020", new DateOnly(2019, 9, 1), new DateOnly(2020, 8, 31), 1881m, MeasurementSource, MeasurementNote);

    private static KpiMeasurementDto Measurement => new(
        MeasurementId, KpiId, "Sep 2019–Aug 2020", new DateOnly(2019, 9, 1), new DateOnly(2020, 8, 31), 1881m, MeasurementSource,
        MeasurementNote, RecordedAt: new DateTimeOffset(2020, 11, 20, 10, 0, 0, TimeSpan.Zero), UpdatedAt: new DateTimeOffset(2020, 11, 20, 10, 0, 0, TimeSpan.Zero), Etag);

    // ---- Reviews and recommendations ----

    private const string RecommendationText = "Develop a long-term approach to tackling violence.";
    private const string CouncilResponse = "Accepted: delivered through the Tackling Violence theme of the delivery plan.";

    private static ReviewDto Review => new(ReviewId, "Community Safety Review", PublishedOn: null, 34, UpdatedAt, Etag);

    /// <summary>SYV-1.1 answers recommendation 29 and is overdue as of 14 Oct 2019, so the recommendation rolls up to Red.</summary>
    private static AnsweringActionDto AnsweringAction => new(ActionId, "SYV-1.1", PlanId, ActionText, ActionStatus.InProgress, RagRating.Red, "Natasha Bishopp");

    private static RecommendationDto Recommendation => new(
        RecommendationId, ReviewId, 29, RecommendationText, CouncilResponse, [AnsweringAction], AsOf, RollUp: RagRating.Red, Covered: true, UpdatedAt, Etag);
}
