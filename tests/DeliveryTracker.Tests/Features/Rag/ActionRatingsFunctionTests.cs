using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.Objectives;
using DeliveryTracker.Api.Features.Plans;
using DeliveryTracker.Api.Features.ProgressUpdates;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Features.Themes;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Timescales;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace DeliveryTracker.Tests.Features.Rag;

/// <summary>
/// <c>action_ratings</c> in PostgreSQL against the test oracle <see cref="RagRules"/>, over ~300 generated actions
/// (fixed seed: statuses changing from update to update, recurring timescales, plans of different periods) and several
/// as-of dates, plus the seeded demo plan. The data is written once into this fixture's own database and
/// only read by the tests.
/// </summary>
public sealed class ActionRatingsFunctionTests
{
    private const int ActionCount = 300;

    // Around both clock changes of 2024, a summer day and a winter day: London dates differ from UTC dates in BST.
    private static readonly DateOnly[] AsOfDates = [new(2024, 3, 31), new(2024, 6, 30), new(2024, 10, 27), new(2025, 1, 15)];

    private static readonly DateOnly LondonEdgeAsOf = new(2024, 6, 30);

    private string _connectionString = "";
    private Plan _standardPlan = null!;
    private Plan _fivePointPlan = null!;
    private Guid _postedLateAtTheStaleEdgeId;
    private Guid _postedLateOnTheDayId;

    [OneTimeSetUp]
    public async Task CreateDataAsync()
    {
        _connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var db = NewContext();
        var random = new Random(20191001);

        _standardPlan = NewPlan("RAG test plan (3-point, default settings)", new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), new PlanSettings());
        // A one-year plan whose only cycle ends on 31 Oct 2024: as of 27 Oct 2024 a recurring action is due within the
        // 14 days, and as of 15 Jan 2025 its last cycle has passed.
        _fivePointPlan = NewPlan("RAG test plan (5-point, custom settings)", new DateOnly(2023, 11, 1), new DateOnly(2024, 10, 31), new PlanSettings
        {
            RagScale = RagScale.FivePoint,
            DueSoonDays = 14,
            StaleAfterDays = 30,
            ProgressRedBelowPercent = 50,
            ProgressAmberBelowPercent = 80,
        });
        for (var i = 0; i < ActionCount; i++)
        {
            var plan = i % 2 == 0 ? _standardPlan : _fivePointPlan;
            AddAction(plan, theme: plan.Themes[i / 2 % 2], $"GEN-{i}", action => Randomise(action, plan, random));
        }

        // Two updates posted at 23:30 UTC in BST, which is 00:30 the next day in London. The first is 60 days before
        // the as-of date in UTC but 59 in London: one day short of the standard plan's stale period.
        var staleEdge = LondonEdgeAsOf.AddDays(-60);
        _postedLateAtTheStaleEdgeId = AddAction(_standardPlan, _standardPlan.Themes[0], "EDGE-1", action =>
        {
            action.Status = ActionStatus.InProgress;
            action.CreatedAt = Utc(LondonEdgeAsOf.AddDays(-200), 12 * 3600);
            action.ProgressUpdates.Add(NewUpdate(action, Utc(staleEdge, (23 * 3600) + 1800), RagRating.Amber));
        });
        _postedLateOnTheDayId = AddAction(_standardPlan, _standardPlan.Themes[0], "EDGE-2", action =>
        {
            action.Status = ActionStatus.InProgress;
            action.Timescale.DueDate = LondonEdgeAsOf.AddDays(100);
            action.CreatedAt = Utc(LondonEdgeAsOf.AddDays(-200), 12 * 3600);
            action.ProgressUpdates.Add(NewUpdate(action, Utc(LondonEdgeAsOf, (23 * 3600) + 1800), RagRating.Amber));
        });

        db.Plans.AddRange(_standardPlan, _fivePointPlan);
        await db.SaveChangesAsync();
    }

    [OneTimeTearDown]
    public async Task DropDatabaseAsync() => await TestPostgres.DropDatabaseAsync(_connectionString);

    [Test]
    public async Task ActionRatings_ForEveryGeneratedAction_MatchTheOracleAndTheReportedAndEffectiveRules()
    {
        await using var db = NewContext();
        var planIds = new[] { _standardPlan.Id, _fivePointPlan.Id };
        var actions = await db.Actions.AsNoTracking().Where(a => planIds.Contains(a.PlanId)).ToListAsync();
        var updates = (await db.ProgressUpdates.AsNoTracking().Where(u => actions.Select(a => a.Id).Contains(u.ActionId)).ToListAsync())
            .ToLookup(u => u.ActionId);
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var mismatches = new List<string>();
        var seen = new List<ActionRating>();

        foreach (var asOf in AsOfDates)
        {
            var ratings = await db.ActionRatings(asOf).Where(r => planIds.Contains(r.PlanId)).ToDictionaryAsync(r => r.ActionId);
            Assert.That(ratings.Keys, Is.EquivalentTo(actions.Select(a => a.Id)), $"One row per action as of {asOf}");
            foreach (var action in actions)
            {
                var actual = ratings[action.Id];
                var expected = Expect(action, updates[action.Id], plans[action.PlanId], asOf);
                if (!Matches(expected, actual))
                {
                    mismatches.Add($"{action.ReferenceCode} as of {asOf}: expected {Describe(expected)}, got {Describe(actual)}; " +
                        $"status {action.Status}, {action.PercentComplete}%, {action.Timescale.StartDate}–{action.Timescale.DueDate}, " +
                        $"added {action.CreatedAt:O}, updates [{string.Join(", ", updates[action.Id].Select(u => $"{u.PostedAt:O} {u.ReportedRag}"))}]");
                }

                seen.Add(actual);
            }
        }

        Assert.That(mismatches, Is.Empty);

        // The comparison above means something only if the data reached every rule and both sources.
        Assert.Multiple(() =>
        {
            Assert.That(seen.Select(r => r.DerivedReason).Distinct(), Is.EquivalentTo(Enum.GetValues<RagReason>()));
            Assert.That(seen.Where(r => r.DerivedReason == RagReason.BehindSchedule).Select(r => r.DerivedRag).Distinct(),
                Is.EquivalentTo(new RagRating?[] { RagRating.Red, RagRating.Amber }));
            Assert.That(seen.Select(r => r.EffectiveSource).Distinct(), Is.EquivalentTo(Enum.GetValues<RatingSource>()));
            Assert.That(seen.Count(r => r.EffectiveSource == RatingSource.Derived && r.ReportedRag is not null), Is.Positive, "stale or closed reports");
            Assert.That(seen.Count(r => r.ReportedAt is not null && r.ReportedRag is null), Is.Zero);
            Assert.That(seen.Count(r => r.CycleStart is not null && r.DerivedReason == RagReason.Overdue), Is.Positive, "a last cycle missed");
            Assert.That(seen.Count(r => r.CycleStart is not null && r.DerivedReason == RagReason.StaleNeverUpdated), Is.Positive);
            // Each flag both set and not, and set where another rule won the rating (flags are not the reason restated).
            Assert.That(seen.Select(r => r.IsOverdue).Distinct(), Is.EquivalentTo(new[] { true, false }));
            Assert.That(seen.Count(r => r.IsDueSoon && r.DerivedReason is not (RagReason.DueSoonNotStarted or RagReason.CycleDueSoon)), Is.Positive, "due soon under another rule");
            Assert.That(seen.Count(r => r.IsStale && r.DerivedReason is not (RagReason.Stale or RagReason.StaleNeverUpdated)), Is.Positive, "stale under another rule");
            Assert.That(seen.Count(r => r.IsStale && r.IsOverdue), Is.Positive, "overdue and stale at once");
            Assert.That(seen.Count(r => r.IsBlocked && r.DerivedReason != RagReason.Blocked), Is.Positive, "blocked under a Red rule");
            Assert.That(seen.Count(r => r.IsDueSoon && r.IsOverdue), Is.Zero);
        });
    }

    [Test]
    public async Task ActionRatings_OnTheDemoPlanAsOfFirstOctober2019_RateSyv11RedOverdueByOneDay()
    {
        await using var db = NewContext();

        var rating = await (
            from r in db.ActionRatings(new DateOnly(2019, 10, 1))
            join a in db.Actions on r.ActionId equals a.Id
            join p in db.Plans on a.PlanId equals p.Id
            where a.ReferenceCode == "SYV-1.1" && p.Title == "Building Safer Communities – Delivery Plan"
            select r).SingleAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rating.DerivedRag, Is.EqualTo(RagRating.Red));
            Assert.That(rating.DerivedReason, Is.EqualTo(RagReason.Overdue));
            Assert.That(rating.ReasonDate, Is.EqualTo(new DateOnly(2019, 9, 30)));
            Assert.That(rating.ReasonDays, Is.EqualTo(1));
            Assert.That(RagReasonText.Describe(rating.DerivedReason, rating.ReasonDate, rating.ReasonDays), Is.EqualTo("overdue since 30 Sep 2019"));
            Assert.That(rating.EffectiveRag, Is.EqualTo(RagRating.Red));
            Assert.That(rating.EffectiveSource, Is.EqualTo(RatingSource.Derived));
        });
    }

    [Test]
    public async Task ActionRatings_FilteredByPlanOrTheme_ReturnOnlyThatPlansOrThemesActions()
    {
        await using var db = NewContext();
        var asOf = AsOfDates[1];
        var theme = _fivePointPlan.Themes[1];

        var byPlan = await db.ActionRatings(asOf).Where(r => r.PlanId == _fivePointPlan.Id).Select(r => r.ActionId).ToListAsync();
        var byTheme = await db.ActionRatings(asOf).Where(r => r.ThemeId == theme.Id).Select(r => r.ActionId).ToListAsync();

        var planActions = await db.Actions.Where(a => a.PlanId == _fivePointPlan.Id).Select(a => a.Id).ToListAsync();
        var themeActions = await db.Actions.Where(a => a.ThemeId == theme.Id).Select(a => a.Id).ToListAsync();
        var allActions = await db.Actions.CountAsync();

        Assert.Multiple(() =>
        {
            Assert.That(byPlan, Is.EquivalentTo(planActions));
            Assert.That(byTheme, Is.EquivalentTo(themeActions));
            Assert.That(byTheme, Is.Not.Empty.And.SubsetOf(byPlan));
            Assert.That(byPlan, Has.Count.LessThan(allActions));
        });
    }

    [Test]
    public async Task ActionRatings_UnderAPlanFilter_AreInlinedIntoTheQuery()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN SELECT * FROM action_ratings(@asOf) WHERE plan_id = @planId", connection);
        command.Parameters.AddWithValue("asOf", AsOfDates[1]);
        command.Parameters.AddWithValue("planId", _standardPlan.Id);
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        // A Function Scan would mean every action is rated and the filter applied afterwards; inlined, the filter
        // becomes a condition on the actions scan.
        var explained = string.Join(Environment.NewLine, plan);
        Assert.Multiple(() =>
        {
            Assert.That(explained, Does.Not.Contain("Function Scan"));
            Assert.That(explained, Does.Contain("Scan using ix_actions_plan_id").Or.Contain($"plan_id = '{_standardPlan.Id}'"));
        });
    }

    [Test]
    public async Task ActionRatings_OnTheFivePointPlan_DeriveOnlyGreenAmberRedCompleteOrNotRated()
    {
        await using var db = NewContext();
        var derived = new List<RagRating?>();
        var reported = new List<RagRating?>();
        foreach (var asOf in AsOfDates)
        {
            var rows = await db.ActionRatings(asOf).Where(r => r.PlanId == _fivePointPlan.Id).ToListAsync();
            derived.AddRange(rows.Select(r => r.DerivedRag));
            reported.AddRange(rows.Select(r => r.ReportedRag));
        }

        Assert.Multiple(() =>
        {
            Assert.That(derived.Distinct(), Is.SubsetOf(new RagRating?[] { RagRating.Green, RagRating.Amber, RagRating.Red, RagRating.Complete, RagRating.NotRated, null }));
            Assert.That(derived, Does.Contain(RagRating.Green).And.Contain(RagRating.Amber).And.Contain(RagRating.Red));
            // Leads on this plan do report in between, and those ratings come through as given.
            Assert.That(reported, Does.Contain(RagRating.AmberGreen).Or.Contain(RagRating.AmberRed));
        });
    }

    [Test]
    public async Task ActionRatings_TakeAnUpdatesLondonDate_NotItsUtcDate()
    {
        await using var db = NewContext();
        var ratings = await db.ActionRatings(LondonEdgeAsOf)
            .Where(r => r.ActionId == _postedLateAtTheStaleEdgeId || r.ActionId == _postedLateOnTheDayId)
            .ToDictionaryAsync(r => r.ActionId);

        Assert.Multiple(() =>
        {
            // Posted 59 London days ago: the report is still fresh and the action not yet stale.
            Assert.That(ratings[_postedLateAtTheStaleEdgeId].ReportedRag, Is.EqualTo(RagRating.Amber));
            Assert.That(ratings[_postedLateAtTheStaleEdgeId].EffectiveSource, Is.EqualTo(RatingSource.Reported));
            Assert.That(ratings[_postedLateAtTheStaleEdgeId].DerivedReason, Is.EqualTo(RagReason.OnTrack));
            // 23:30 UTC on the as-of day is already the next day in London: not yet posted as of that day.
            Assert.That(ratings[_postedLateOnTheDayId].ReportedRag, Is.Null);
            Assert.That(ratings[_postedLateOnTheDayId].ReportedAt, Is.Null);
            Assert.That(ratings[_postedLateOnTheDayId].DerivedReason, Is.EqualTo(RagReason.StaleNeverUpdated));
            // Never updated as of then: the stale clock runs from the plan's start, not from when the row was added.
            Assert.That(ratings[_postedLateOnTheDayId].ReasonDate, Is.EqualTo(_standardPlan.PeriodStart));
            Assert.That(ratings[_postedLateOnTheDayId].ReasonDays, Is.EqualTo(LondonEdgeAsOf.DayNumber - _standardPlan.PeriodStart.DayNumber));
        });
    }

    [Test]
    public async Task ActionRatingsMigration_Down_DropsTheFunctionAndUpCreatesItAgain()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(template: null);
        try
        {
            await using var db = new TrackerDbContext(TrackerDatabase.Configure(new(), connectionString).Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("ActionRatingsFunction");
            var afterUp = await FunctionExistsAsync(connectionString);
            await migrator.MigrateAsync("InitialModel");
            var afterDown = await FunctionExistsAsync(connectionString);
            await migrator.MigrateAsync("ActionRatingsFunction");
            var afterUpAgain = await FunctionExistsAsync(connectionString);

            Assert.That((afterUp, afterDown, afterUpAgain), Is.EqualTo((true, false, true)));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    [Test]
    public async Task ActionRatingsOverTimeMigration_Down_PutsBackTheFirstFunctionAndUpReplacesItAgain()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(template: null);
        try
        {
            await using var db = new TrackerDbContext(TrackerDatabase.Configure(new(), connectionString).Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("ActionRatingsOverTime");
            var afterUp = await HasDueDateColumnAsync(connectionString);
            await migrator.MigrateAsync("ActionRatingsFunction");
            var afterDown = await HasDueDateColumnAsync(connectionString);
            await migrator.MigrateAsync("ActionRatingsOverTime");
            var afterUpAgain = await HasDueDateColumnAsync(connectionString);

            Assert.That((afterUp, afterDown, afterUpAgain), Is.EqualTo((true, false, true)));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    [Test]
    public async Task ActionAttentionFlagsMigration_Down_PutsBackTheOverTimeFunctionAndUpReplacesItAgain()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(template: null);
        try
        {
            await using var db = new TrackerDbContext(TrackerDatabase.Configure(new(), connectionString).Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("ActionAttentionFlags");
            var afterUp = await HasColumnAsync(connectionString, "is_due_soon");
            await migrator.MigrateAsync("ActionRatingsOverTime");
            var afterDown = (await HasColumnAsync(connectionString, "is_due_soon"), await HasDueDateColumnAsync(connectionString));
            await migrator.MigrateAsync("ActionAttentionFlags");
            var afterUpAgain = await HasColumnAsync(connectionString, "is_due_soon");

            Assert.That((afterUp, afterDown, afterUpAgain), Is.EqualTo(((bool?)true, ((bool?)false, (bool?)true), (bool?)true)));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task<bool?> HasColumnAsync(string connectionString, string column)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT @column = ANY(proargnames) FROM pg_proc WHERE oid = to_regprocedure('action_ratings(date)')", connection);
        command.Parameters.AddWithValue("column", column);
        return await command.ExecuteScalarAsync() as bool?;
    }

    /// <summary>Does <c>action_ratings</c> exist, and return the due_date column the over-time version added?</summary>
    private static async Task<bool?> HasDueDateColumnAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT 'due_date' = ANY(proargnames) FROM pg_proc WHERE oid = to_regprocedure('action_ratings(date)')", connection);
        return await command.ExecuteScalarAsync() as bool?;
    }

    private static async Task<bool> FunctionExistsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regprocedure('action_ratings(date)') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private TrackerDbContext NewContext() => new(TrackerDatabase.Configure(new(), _connectionString).Options);

    private static Plan NewPlan(string title, DateOnly periodStart, DateOnly periodEnd, PlanSettings settings)
    {
        var plan = new Plan { Title = title, PeriodStart = periodStart, PeriodEnd = periodEnd, Settings = settings };
        foreach (var position in new[] { 1, 2 })
        {
            var theme = new Theme { PlanId = plan.Id, Code = $"T{position}", Title = $"Theme {position}", Position = position };
            theme.Objectives.Add(new Objective { ThemeId = theme.Id, Title = $"Objective {position}", Position = 1 });
            plan.Themes.Add(theme);
        }

        return plan;
    }

    private static Guid AddAction(Plan plan, Theme theme, string reference, Action<PlanAction> shape)
    {
        var objective = theme.Objectives[0];
        var action = new PlanAction
        {
            PlanId = plan.Id,
            ThemeId = theme.Id,
            ObjectiveId = objective.Id,
            ReferenceCode = reference,
            Text = $"Generated action {reference}",
            Position = objective.Actions.Count + 1,
        };
        shape(action);
        action.LastProgressAt = action.ProgressUpdates.Count == 0 ? null : action.ProgressUpdates.Max(u => u.PostedAt);
        objective.Actions.Add(action);
        return action.Id;
    }

    /// <summary>
    /// Dates cluster around the as-of dates, with the boundaries (due today, tomorrow, at the end of either plan's
    /// due-soon window, exactly stale) picked often enough to be hit for sure.
    /// </summary>
    /// Each update carries its own status and percent (as leads post them), and the action ends with the last one's, as
    /// posting sets it; a few actions are recurring, with the dates the timescale parser gives "Annual".
    private static void Randomise(PlanAction action, Plan plan, Random random)
    {
        var anchor = AsOfDates[random.Next(AsOfDates.Length)];
        int[] edges = [-1, 0, 1, 14, 15, 30, 31];
        var statuses = Enum.GetValues<ActionStatus>();
        action.Status = statuses[random.Next(statuses.Length)];
        action.PercentComplete = random.Next(10) < 3 ? null : random.Next(10) < 2 ? random.Next(2) * 100 : random.Next(101);
        action.Timescale.DueDate = random.Next(10) < 2 ? null
            : anchor.AddDays(random.Next(10) < 4 ? edges[random.Next(edges.Length)] : random.Next(-120, 121));
        action.Timescale.StartDate = action.Timescale.DueDate is not { } due || random.Next(10) < 2 ? null
            : due.AddDays(random.Next(20) == 0 ? random.Next(0, 10) : -random.Next(0, 300));
        if (random.Next(6) == 0)
        {
            action.Timescale.Kind = TimescaleKind.Recurring;
            action.Timescale.StartDate = plan.PeriodStart;
            action.Timescale.DueDate = plan.PeriodStart.AddYears(1).AddDays(-1);
        }

        int[] idle = [29, 30, 31, 59, 60, 61];
        var createdOn = anchor.AddDays(-(random.Next(10) < 2 ? idle[random.Next(idle.Length)] : random.Next(0, 200)));
        action.CreatedAt = Utc(createdOn, RandomSecondOfDay(random));

        var updateCount = random.Next(10) < 3 ? 0 : random.Next(1, 4);
        for (var u = 0; u < updateCount; u++)
        {
            var postedAt = random.Next(8) == 0 && action.ProgressUpdates.Count > 0
                ? action.ProgressUpdates[^1].PostedAt // a tie: the greater id wins
                : Utc(anchor.AddDays(random.Next(10) < 2 ? -idle[random.Next(idle.Length)] : random.Next(-150, 21)), RandomSecondOfDay(random));
            var ratings = Enum.GetValues<RagRating>();
            var rating = random.Next(4) == 0 ? (RagRating?)null : ratings[random.Next(ratings.Length)];
            var update = NewUpdate(action, postedAt, rating, random.Next(2) == 0 ? null : $"Justification {u}");
            update.Status = statuses[random.Next(statuses.Length)];
            update.PercentComplete = random.Next(4) == 0 ? null : random.Next(101);
            action.ProgressUpdates.Add(update);
        }

        // Posting sets the action's status, and its percent when the update gives one; the last posted wins.
        foreach (var update in action.ProgressUpdates.OrderBy(u => u.PostedAt).ThenBy(u => u.Id.ToString(), StringComparer.Ordinal))
        {
            action.Status = update.Status;
            action.PercentComplete = update.PercentComplete ?? action.PercentComplete;
        }
    }

    /// <summary>One in four at 23:30 UTC, where the London date is the next day in summer.</summary>
    private static int RandomSecondOfDay(Random random) => random.Next(4) == 0 ? (23 * 3600) + 1800 : random.Next(86_400);

    private static DateTimeOffset Utc(DateOnly date, int secondOfDay) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddSeconds(secondOfDay);

    private static ProgressUpdate NewUpdate(PlanAction action, DateTimeOffset postedAt, RagRating? rating, string? justification = null) => new()
    {
        ActionId = action.Id,
        AuthorName = "Test lead",
        PostedAt = postedAt,
        Status = action.Status,
        PercentComplete = action.PercentComplete,
        ReportedRag = rating,
        Justification = justification,
    };

    /// <summary>What the function should return for one action, from the rules in the brief and <see cref="RagRules"/>.</summary>
    /// <remarks>
    /// The action as it stood on the as-of date: with no update after that day, its own status and percent; otherwise
    /// the last update's on or before it (its percent, or the last one given before), or NotStarted when it had none yet.
    /// </remarks>
    private static ActionRating Expect(PlanAction action, IEnumerable<ProgressUpdate> updates, Plan plan, DateOnly asOf)
    {
        var settings = plan.Settings;
        // Latest by posted_at, then id as PostgreSQL orders uuids (byte order, which is the order of their text).
        var byThen = updates
            .Where(u => LondonClock.ToLondonDate(u.PostedAt) <= asOf)
            .OrderByDescending(u => u.PostedAt)
            .ThenByDescending(u => u.Id.ToString(), StringComparer.Ordinal)
            .ToList();
        var latest = byThen.FirstOrDefault();
        var updatedLater = updates.Any(u => LondonClock.ToLondonDate(u.PostedAt) > asOf);
        var (status, percent) = (updatedLater, latest) switch
        {
            (false, _) => (action.Status, action.PercentComplete),
            (true, { } then) => (then.Status, byThen.FirstOrDefault(u => u.PercentComplete is not null)?.PercentComplete),
            (true, null) => (ActionStatus.NotStarted, (int?)null),
        };
        var input = new RagInput
        {
            Status = status,
            PercentComplete = percent,
            StartDate = action.Timescale.StartDate,
            DueDate = action.Timescale.DueDate,
            IsRecurring = action.Timescale.Kind == TimescaleKind.Recurring,
            PlanStart = plan.PeriodStart,
            PlanEnd = plan.PeriodEnd,
            LatestUpdateOn = latest is null ? null : LondonClock.ToLondonDate(latest.PostedAt),
            AsOf = asOf,
            DueSoonDays = settings.DueSoonDays,
            StaleAfterDays = settings.StaleAfterDays,
            ProgressRedBelowPercent = settings.ProgressRedBelowPercent,
            ProgressAmberBelowPercent = settings.ProgressAmberBelowPercent,
        };
        var derived = RagRules.Derive(input);
        var flags = RagRules.Flags(input);
        var (dueDate, cycleStart) = RagRules.Judged(input);
        var report = latest?.ReportedRag is null ? null : latest;
        var fresh = report is not null
            && status is not (ActionStatus.Completed or ActionStatus.Cancelled)
            && asOf.DayNumber - LondonClock.ToLondonDate(report.PostedAt).DayNumber < settings.StaleAfterDays;
        return new ActionRating
        {
            ActionId = action.Id,
            PlanId = action.PlanId,
            ThemeId = action.ThemeId,
            DerivedRag = derived.Rating,
            DerivedReason = derived.Reason,
            ReasonDate = derived.ReasonDate,
            ReasonDays = derived.ReasonDays,
            DueDate = dueDate,
            CycleStart = cycleStart,
            ReportedRag = report?.ReportedRag,
            ReportedAt = report?.PostedAt,
            ReportedJustification = report?.Justification,
            EffectiveRag = fresh ? report!.ReportedRag : derived.Rating,
            EffectiveSource = fresh ? RatingSource.Reported : RatingSource.Derived,
            IsOverdue = flags.Overdue,
            IsDueSoon = flags.DueSoon,
            IsStale = flags.Stale,
            IsBlocked = flags.Blocked,
        };
    }

    private static bool Matches(ActionRating expected, ActionRating actual) =>
        Describe(expected) == Describe(actual) && expected.PlanId == actual.PlanId && expected.ThemeId == actual.ThemeId;

    private static string Describe(ActionRating r) =>
        $"derived {r.DerivedRag?.ToString() ?? "-"}/{r.DerivedReason}/{r.ReasonDate}/{r.ReasonDays}, due {r.DueDate}, cycle {r.CycleStart}, " +
        $"reported {r.ReportedRag?.ToString() ?? "-"}/{r.ReportedAt?.UtcDateTime:O}/{r.ReportedJustification ?? "-"}, " +
        $"effective {r.EffectiveRag?.ToString() ?? "-"}/{r.EffectiveSource}, " +
        $"flags overdue {r.IsOverdue} due-soon {r.IsDueSoon} stale {r.IsStale} blocked {r.IsBlocked}";
}
