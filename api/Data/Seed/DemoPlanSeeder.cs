using System.Text.Json;
using System.Text.Json.Serialization;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.Kpis;
using DeliveryTracker.Api.Features.Leads;
using DeliveryTracker.Api.Features.Objectives;
using DeliveryTracker.Api.Features.Plans;
using DeliveryTracker.Api.Features.Reviews;
using DeliveryTracker.Api.Features.Themes;
using DeliveryTracker.Api.Features.Timescales;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Data.Seed;

/// <summary>
/// Loads the demo plan (the RBKC "Building Safer Communities" delivery plan, its review and KPI series) from the
/// embedded <c>demo-plan.json</c>, once: a plan with the same title means it is already there.
/// </summary>
/// <remarks>
/// Runs in one transaction under a PostgreSQL advisory lock, so several instances starting together load it once
/// and a failure leaves nothing half-written.
/// </remarks>
public sealed class DemoPlanSeeder(TrackerDbContext db, ILogger<DemoPlanSeeder> logger)
{
    private const long SeedLockKey = 0x5EED_0001;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads the embedded demo plan document.</summary>
    internal static DemoPlanDocument ReadDocument()
    {
        using var stream = typeof(DemoPlanSeeder).Assembly.GetManifestResourceStream("DeliveryTracker.Api.Data.Seed.demo-plan.json")
            ?? throw new InvalidOperationException("The demo-plan.json resource is missing from the API assembly.");
        return JsonSerializer.Deserialize<DemoPlanDocument>(stream, JsonOptions)
            ?? throw new InvalidOperationException("demo-plan.json is empty.");
    }

    /// <summary>Loads the demo plan unless it is already there. Returns the plan's id.</summary>
    public async Task<Guid> SeedAsync(CancellationToken cancellationToken)
    {
        var document = ReadDocument();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", cancellationToken);

        var existing = await db.Plans.Where(p => p.Title == document.Plan.Title).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } existingId)
        {
            return existingId;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var review = BuildReview(document.Review);
        var leads = await BuildLeadsAsync(document.Leads, cancellationToken);
        var plan = new Plan
        {
            Title = document.Plan.Title,
            PeriodStart = document.Plan.PeriodStart,
            PeriodEnd = document.Plan.PeriodEnd,
            Status = document.Plan.Status,
            SourceDocument = document.Plan.SourceDocument,
            ReviewId = review.Id,
        };
        var kpis = BuildKpis(document.Kpis, plan, leads);
        AddThemes(document.Themes, plan, leads, review, kpis);

        db.Reviews.Add(review);
        db.Plans.Add(plan);
        db.Kpis.AddRange(kpis.Values);
        await RecordMeasurementsAsync(document.Kpis, kpis, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded demo plan {Title} in {Elapsed:F0} ms", plan.Title, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return plan.Id;
    }

    private static Review BuildReview(DemoReview source)
    {
        var review = new Review { Title = source.Title, PublishedOn = source.PublishedOn };
        review.Recommendations.AddRange(source.Recommendations.Select(r => new Recommendation
        {
            ReviewId = review.Id,
            Number = r.Number,
            Text = r.Text,
            CouncilResponse = r.CouncilResponse,
        }));
        return review;
    }

    /// <summary>Leads are shared across plans: reuse any that exist by name, add the rest.</summary>
    private async Task<Dictionary<string, Lead>> BuildLeadsAsync(IReadOnlyList<DemoLead> source, CancellationToken cancellationToken)
    {
        var names = source.Select(l => l.Name).ToList();
        var leads = (await db.Leads.Where(l => names.Contains(l.Name)).ToListAsync(cancellationToken))
            .ToDictionary(l => l.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var lead in source.Where(l => !leads.ContainsKey(l.Name)))
        {
            var entity = new Lead { Name = lead.Name, Kind = lead.Kind };
            leads[lead.Name] = entity;
            db.Leads.Add(entity);
        }

        foreach (var lead in source.Where(l => l.Organisation is not null))
        {
            leads[lead.Name].OrganisationId = Find(leads, lead.Organisation!, $"organisation of lead '{lead.Name}'").Id;
        }

        return leads;
    }

    private static Dictionary<string, Kpi> BuildKpis(IReadOnlyList<DemoKpi> source, Plan plan, Dictionary<string, Lead> leads) =>
        source.ToDictionary(k => k.Code, k =>
        {
            var kpi = new Kpi
            {
                PlanId = plan.Id,
                Code = k.Code,
                Name = k.Name,
                Description = k.Description,
                Unit = k.Unit,
                Direction = k.Direction,
                Target = k.Target,
                AmberTolerance = k.AmberTolerance,
                Frequency = k.Frequency,
                PublicationLagDays = k.PublicationLagDays,
                Baseline = k.Baseline,
                BaselinePeriod = k.BaselinePeriod,
                Lifecycle = k.Lifecycle,
                OwnerLeadId = k.Owner is null ? null : Find(leads, k.Owner, $"owner of KPI '{k.Code}'").Id,
                DataSource = k.DataSource,
            };
            return kpi;
        }, StringComparer.Ordinal);

    /// <summary>Each KPI's series goes through the same rule as a measurement sent to the API: one value per period.</summary>
    private async Task RecordMeasurementsAsync(IReadOnlyList<DemoKpi> source, Dictionary<string, Kpi> kpis, CancellationToken cancellationToken)
    {
        foreach (var k in source)
        {
            foreach (var m in k.Measurements)
            {
                await KpiMeasurementRecorder.RecordAsync(
                    db,
                    kpis[k.Code].Id,
                    m.PeriodStart,
                    m.PeriodEnd,
                    measurement =>
                    {
                        measurement.PeriodLabel = m.Period;
                        measurement.Value = m.Value;
                        measurement.Source = m.Source;
                        measurement.Note = m.Note;
                    },
                    cancellationToken);
            }
        }
    }

    private static void AddThemes(IReadOnlyList<DemoTheme> source, Plan plan, Dictionary<string, Lead> leads, Review review, Dictionary<string, Kpi> kpis)
    {
        var recommendations = review.Recommendations.ToDictionary(r => r.Number);
        foreach (var (sourceTheme, themeIndex) in source.Select((t, i) => (t, i)))
        {
            var theme = new Theme { PlanId = plan.Id, Code = sourceTheme.Code, Title = sourceTheme.Title, Position = themeIndex + 1 };
            plan.Themes.Add(theme);
            foreach (var (sourceObjective, objectiveIndex) in sourceTheme.Objectives.Select((o, i) => (o, i)))
            {
                var objective = new Objective { ThemeId = theme.Id, Title = sourceObjective.Title, Position = objectiveIndex + 1 };
                theme.Objectives.Add(objective);
                foreach (var (sourceAction, actionIndex) in sourceObjective.Actions.Select((a, i) => (a, i)))
                {
                    objective.Actions.Add(BuildAction(sourceAction, actionIndex + 1, plan, theme, objective, leads, recommendations, kpis));
                }
            }
        }
    }

    private static PlanAction BuildAction(
        DemoAction source,
        int position,
        Plan plan,
        Theme theme,
        Objective objective,
        Dictionary<string, Lead> leads,
        Dictionary<int, Recommendation> recommendations,
        Dictionary<string, Kpi> kpis)
    {
        if (source.LeadToBeAgreed && source.Leads.Count > 0)
        {
            throw new InvalidOperationException($"demo-plan.json: action {source.Reference} has leads and leadToBeAgreed; a lead to be agreed means none is named.");
        }

        var action = new PlanAction
        {
            PlanId = plan.Id,
            ThemeId = theme.Id,
            ObjectiveId = objective.Id,
            ReferenceCode = source.Reference,
            Text = source.Text,
            Position = position,
            KpiText = source.Kpi,
            LeadToBeAgreed = source.LeadToBeAgreed,
            SourceNote = source.SourceNote,
        };
        TimescaleReader.Read(action.Timescale, source.Timescale, plan);
        action.Leads.AddRange(source.Leads.Select((name, index) => new ActionLead
        {
            ActionId = action.Id,
            LeadId = Find(leads, name, $"lead of action {source.Reference}").Id,
            IsPrimary = index == 0,
            Position = index + 1,
        }));
        action.Recommendations.AddRange(source.Recommendations.Distinct().Select(number => new ActionRecommendation
        {
            ActionId = action.Id,
            RecommendationId = recommendations.TryGetValue(number, out var recommendation)
                ? recommendation.Id
                : throw new InvalidOperationException($"demo-plan.json: action {source.Reference} cites recommendation {number}, which the review does not have."),
        }));
        action.Kpis.AddRange(source.KpiCodes.Select(code => new ActionKpi
        {
            ActionId = action.Id,
            KpiId = kpis.TryGetValue(code, out var kpi)
                ? kpi.Id
                : throw new InvalidOperationException($"demo-plan.json: action {source.Reference} names KPI {code}, which is not in the file."),
        }));
        return action;
    }

    private static Lead Find(Dictionary<string, Lead> leads, string name, string role) =>
        leads.TryGetValue(name, out var lead)
            ? lead
            : throw new InvalidOperationException($"demo-plan.json: '{name}' ({role}) is not in the leads list.");
}
