using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Tests.Features.Rag;

public sealed class RagRulesTests
{
    private static readonly DateOnly AsOf = new(2020, 2, 20);

    /// <summary>An in-progress action in a plan started recently, updated recently, due well ahead: Green unless a test changes that.</summary>
    private static RagInput Input(Func<RagInput, RagInput>? change = null)
    {
        var input = new RagInput
        {
            Status = ActionStatus.InProgress,
            DueDate = new DateOnly(2020, 12, 31),
            PlanStart = AsOf.AddDays(-10),
            LatestUpdateOn = AsOf.AddDays(-5),
            AsOf = AsOf,
        };
        return change is null ? input : change(input);
    }

    /// <summary>Start 1 Jan 2020, due 10 Apr 2020 (100 days); as of 20 Feb 2020 is 50 days in, so 50% is expected.</summary>
    private static RagInput Halfway(int percent, ActionStatus status = ActionStatus.InProgress) => Input(i => i with
    {
        Status = status,
        PercentComplete = percent,
        StartDate = new DateOnly(2020, 1, 1),
        DueDate = new DateOnly(2020, 4, 10),
    });

    [Test]
    public void Derive_InTheDefaultCase_IsGreenOnTrack() =>
        Assert.That(RagRules.Derive(Input()), Is.EqualTo(new DerivedRating(RagRating.Green, RagReason.OnTrack, null, null)));

    [Test]
    public void Derive_Completed_IsCompleteEvenWhenPastDueAndStale() =>
        Assert.That(
            RagRules.Derive(Input(i => i with { Status = ActionStatus.Completed, DueDate = AsOf.AddDays(-100), LatestUpdateOn = null, PlanStart = AsOf.AddDays(-400) })),
            Is.EqualTo(new DerivedRating(RagRating.Complete, RagReason.Completed, null, null)));

    [Test]
    public void Derive_Cancelled_HasNoRatingEvenWhenPastDue() =>
        Assert.That(
            RagRules.Derive(Input(i => i with { Status = ActionStatus.Cancelled, DueDate = AsOf.AddDays(-100), PercentComplete = 0 })),
            Is.EqualTo(new DerivedRating(null, RagReason.Cancelled, null, null)));

    [Test]
    public void Derive_DueTheDayBefore_IsRedOverdueByOneDay()
    {
        var input = Input(i => i with { DueDate = new DateOnly(2019, 9, 30), AsOf = new DateOnly(2019, 10, 1), PlanStart = new DateOnly(2019, 9, 1), LatestUpdateOn = null });

        Assert.That(RagRules.Derive(input), Is.EqualTo(new DerivedRating(RagRating.Red, RagReason.Overdue, new DateOnly(2019, 9, 30), 1)));
    }

    [TestCase(ActionStatus.NotStarted)]
    [TestCase(ActionStatus.InProgress)]
    [TestCase(ActionStatus.Blocked)]
    [TestCase(ActionStatus.OnHold)]
    public void Derive_PastDue_IsOverdueWhateverTheOpenStatus(ActionStatus status) =>
        Assert.That(
            RagRules.Derive(Input(i => i with { Status = status, DueDate = AsOf.AddDays(-74) })),
            Is.EqualTo(new DerivedRating(RagRating.Red, RagReason.Overdue, AsOf.AddDays(-74), 74)));

    [Test]
    public void Derive_DueToday_IsNotOverdue() =>
        Assert.That(RagRules.Derive(Input(i => i with { DueDate = AsOf })).Reason, Is.EqualTo(RagReason.OnTrack));

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(12)]
    [TestCase(30)]
    public void Derive_NotStartedAndDueWithinTheWindow_IsAmberDueSoon(int daysLeft) =>
        Assert.That(
            RagRules.Derive(Input(i => i with { Status = ActionStatus.NotStarted, DueDate = AsOf.AddDays(daysLeft) })),
            Is.EqualTo(new DerivedRating(RagRating.Amber, RagReason.DueSoonNotStarted, AsOf.AddDays(daysLeft), daysLeft)));

    [Test]
    public void Derive_NotStartedAndDueTheDayAfterTheWindow_IsGreen() =>
        Assert.That(RagRules.Derive(Input(i => i with { Status = ActionStatus.NotStarted, DueDate = AsOf.AddDays(31) })).Reason, Is.EqualTo(RagReason.OnTrack));

    [Test]
    public void Derive_DueSoonWindow_ComesFromThePlanSettings()
    {
        var input = Input(i => i with { Status = ActionStatus.NotStarted, DueDate = AsOf.AddDays(14), DueSoonDays = 14 });

        Assert.Multiple(() =>
        {
            Assert.That(RagRules.Derive(input).Reason, Is.EqualTo(RagReason.DueSoonNotStarted));
            Assert.That(RagRules.Derive(input with { DueDate = AsOf.AddDays(15) }).Reason, Is.EqualTo(RagReason.OnTrack));
        });
    }

    [TestCase(ActionStatus.InProgress, RagReason.OnTrack)]
    [TestCase(ActionStatus.Blocked, RagReason.Blocked)]
    [TestCase(ActionStatus.OnHold, RagReason.OnTrack)]
    public void Derive_StartedAndDueTomorrow_IsNotDueSoon(ActionStatus status, RagReason reason) =>
        Assert.That(RagRules.Derive(Input(i => i with { Status = status, DueDate = AsOf.AddDays(1) })).Reason, Is.EqualTo(reason));

    [Test]
    public void Derive_WorkedExample_FifteenPercentAtHalfway_IsRedThirtyFivePointsBehind() =>
        Assert.That(RagRules.Derive(Halfway(15)), Is.EqualTo(new DerivedRating(RagRating.Red, RagReason.BehindSchedule, null, 35)));

    // Due today: the straight line expects 100%, so the percent is the share of the expectation.
    [TestCase(69, RagRating.Red, RagReason.BehindSchedule, 31)]
    [TestCase(70, RagRating.Amber, RagReason.BehindSchedule, 30)]
    [TestCase(89, RagRating.Amber, RagReason.BehindSchedule, 11)]
    [TestCase(90, RagRating.Green, RagReason.OnTrack, null)]
    public void Derive_ProgressAgainstAFullExpectation_UsesTheSeventyAndNinetyPercentThresholds(int percent, RagRating rating, RagReason reason, int? points)
    {
        var input = Input(i => i with { PercentComplete = percent, StartDate = AsOf.AddDays(-100), DueDate = AsOf });

        Assert.That(RagRules.Derive(input), Is.EqualTo(new DerivedRating(rating, reason, null, points)));
    }

    // Halfway: 70% of 50 is 35 and 90% of 50 is 45, exactly on the boundary.
    [TestCase(34, RagRating.Red, 16)]
    [TestCase(35, RagRating.Amber, 15)]
    [TestCase(44, RagRating.Amber, 6)]
    public void Derive_ProgressAtHalfway_IsBehindScheduleBelowTheThresholds(int percent, RagRating rating, int points) =>
        Assert.That(RagRules.Derive(Halfway(percent)), Is.EqualTo(new DerivedRating(rating, RagReason.BehindSchedule, null, points)));

    [Test]
    public void Derive_ProgressAtNinetyPercentOfHalfway_IsOnTrack() =>
        Assert.That(RagRules.Derive(Halfway(45)).Reason, Is.EqualTo(RagReason.OnTrack));

    [Test]
    public void Derive_PointsBehind_RoundHalvesAwayFromZero()
    {
        // 101 of 200 days: 50.5% expected; 20% done is 30.5 points behind → 31.
        var input = Input(i => i with { PercentComplete = 20, StartDate = AsOf.AddDays(-101), DueDate = AsOf.AddDays(99) });

        Assert.That(RagRules.Derive(input), Is.EqualTo(new DerivedRating(RagRating.Red, RagReason.BehindSchedule, null, 31)));
    }

    [Test]
    public void Derive_ProgressThresholds_ComeFromThePlanSettings()
    {
        var strict = Halfway(40) with { ProgressRedBelowPercent = 85, ProgressAmberBelowPercent = 95 };
        var lenient = Halfway(20) with { ProgressRedBelowPercent = 30, ProgressAmberBelowPercent = 50 };

        Assert.Multiple(() =>
        {
            Assert.That(RagRules.Derive(strict).Rating, Is.EqualTo(RagRating.Red));
            Assert.That(RagRules.Derive(lenient).Rating, Is.EqualTo(RagRating.Amber));
            Assert.That(RagRules.Derive(lenient with { PercentComplete = 25 }).Rating, Is.EqualTo(RagRating.Green));
        });
    }

    [Test]
    public void Derive_StartEqualsDue_SkipsTheScheduleRule() =>
        Assert.That(RagRules.Derive(Input(i => i with { PercentComplete = 0, StartDate = AsOf.AddDays(10), DueDate = AsOf.AddDays(10) })).Reason, Is.EqualTo(RagReason.OnTrack));

    [TestCase(1)]
    [TestCase(0)]
    public void Derive_AsOfOnOrBeforeStart_SkipsTheScheduleRule(int daysUntilStart) =>
        Assert.That(
            RagRules.Derive(Input(i => i with { PercentComplete = 0, StartDate = AsOf.AddDays(daysUntilStart), DueDate = AsOf.AddDays(100) })).Reason,
            Is.EqualTo(RagReason.OnTrack));

    [Test]
    public void Derive_OneDayAfterStartWithNothingDone_IsBehindSchedule() =>
        Assert.That(
            RagRules.Derive(Input(i => i with { PercentComplete = 0, StartDate = AsOf.AddDays(-1), DueDate = AsOf.AddDays(99) })),
            Is.EqualTo(new DerivedRating(RagRating.Red, RagReason.BehindSchedule, null, 1)));

    [Test]
    public void Derive_WithoutAPercentOrAStartDate_SkipsTheScheduleRule() =>
        Assert.Multiple(() =>
        {
            Assert.That(RagRules.Derive(Halfway(0) with { PercentComplete = null }).Reason, Is.EqualTo(RagReason.OnTrack));
            Assert.That(RagRules.Derive(Halfway(0) with { StartDate = null }).Reason, Is.EqualTo(RagReason.OnTrack));
        });

    [Test]
    public void Derive_OverdueBeatsBehindSchedule() =>
        Assert.That(
            RagRules.Derive(Input(i => i with { PercentComplete = 0, StartDate = AsOf.AddDays(-100), DueDate = AsOf.AddDays(-1) })).Reason,
            Is.EqualTo(RagReason.Overdue));

    [Test]
    public void Derive_BehindScheduleRedBeatsDueSoonNotStarted() =>
        Assert.That(
            RagRules.Derive(Input(i => i with { Status = ActionStatus.NotStarted, PercentComplete = 0, StartDate = AsOf.AddDays(-90), DueDate = AsOf.AddDays(10) })),
            Is.EqualTo(new DerivedRating(RagRating.Red, RagReason.BehindSchedule, null, 90)));

    [Test]
    public void Derive_DueSoonNotStartedBeatsBehindScheduleAmber()
    {
        // 80% of a full expectation is Amber behind schedule, but the due-soon rule comes first.
        var input = Input(i => i with { Status = ActionStatus.NotStarted, PercentComplete = 80, StartDate = AsOf.AddDays(-100), DueDate = AsOf });

        Assert.Multiple(() =>
        {
            Assert.That(RagRules.Derive(input), Is.EqualTo(new DerivedRating(RagRating.Amber, RagReason.DueSoonNotStarted, AsOf, 0)));
            Assert.That(RagRules.Derive(input with { Status = ActionStatus.InProgress }).Reason, Is.EqualTo(RagReason.BehindSchedule));
        });
    }

    [Test]
    public void Derive_BehindScheduleAmberBeatsStale() =>
        Assert.That(
            RagRules.Derive(Input(i => i with { PercentComplete = 80, StartDate = AsOf.AddDays(-100), DueDate = AsOf, LatestUpdateOn = AsOf.AddDays(-200) })),
            Is.EqualTo(new DerivedRating(RagRating.Amber, RagReason.BehindSchedule, null, 20)));

    [Test]
    public void Derive_NoDueDateAndNeverUpdated_IsNotRatedEvenWhenAddedLongAgo() =>
        Assert.That(
            RagRules.Derive(Input(i => i with { DueDate = null, LatestUpdateOn = null, PlanStart = AsOf.AddDays(-400) })),
            Is.EqualTo(new DerivedRating(RagRating.NotRated, RagReason.NoDueDateNoUpdate, null, null)));

    [Test]
    public void Derive_NoDueDateButUpdated_IsRatedOnStaleness() =>
        Assert.Multiple(() =>
        {
            Assert.That(RagRules.Derive(Input(i => i with { DueDate = null })).Reason, Is.EqualTo(RagReason.OnTrack));
            Assert.That(RagRules.Derive(Input(i => i with { DueDate = null, LatestUpdateOn = AsOf.AddDays(-74) })),
                Is.EqualTo(new DerivedRating(RagRating.Amber, RagReason.Stale, AsOf.AddDays(-74), 74)));
        });

    [Test]
    public void Derive_LastUpdateExactlyTheStalePeriodAgo_IsAmberStale() =>
        Assert.That(
            RagRules.Derive(Input(i => i with { LatestUpdateOn = AsOf.AddDays(-60), PlanStart = AsOf.AddDays(-300) })),
            Is.EqualTo(new DerivedRating(RagRating.Amber, RagReason.Stale, AsOf.AddDays(-60), 60)));

    [Test]
    public void Derive_LastUpdateADayShortOfTheStalePeriod_IsGreen() =>
        Assert.That(RagRules.Derive(Input(i => i with { LatestUpdateOn = AsOf.AddDays(-59), PlanStart = AsOf.AddDays(-300) })).Reason, Is.EqualTo(RagReason.OnTrack));

    [Test]
    public void Derive_NeverUpdatedInAPlanStartedTheStalePeriodAgo_IsStaleNeverUpdatedFromThePlanStart() =>
        Assert.Multiple(() =>
        {
            Assert.That(RagRules.Derive(Input(i => i with { LatestUpdateOn = null, PlanStart = AsOf.AddDays(-60) })),
                Is.EqualTo(new DerivedRating(RagRating.Amber, RagReason.StaleNeverUpdated, AsOf.AddDays(-60), 60)));
            Assert.That(RagRules.Derive(Input(i => i with { LatestUpdateOn = null, PlanStart = AsOf.AddDays(-59) })).Reason, Is.EqualTo(RagReason.OnTrack));
        });

    [Test]
    public void Derive_StalePeriod_ComesFromThePlanSettings() =>
        Assert.Multiple(() =>
        {
            Assert.That(RagRules.Derive(Input(i => i with { LatestUpdateOn = AsOf.AddDays(-30), StaleAfterDays = 30 })).Reason, Is.EqualTo(RagReason.Stale));
            Assert.That(RagRules.Derive(Input(i => i with { LatestUpdateOn = AsOf.AddDays(-29), StaleAfterDays = 30 })).Reason, Is.EqualTo(RagReason.OnTrack));
        });

    [Test]
    public void Derive_DueSoonNotStartedBeatsStale() =>
        Assert.That(
            RagRules.Derive(Input(i => i with { Status = ActionStatus.NotStarted, DueDate = AsOf.AddDays(5), LatestUpdateOn = null, PlanStart = AsOf.AddDays(-300) })).Reason,
            Is.EqualTo(RagReason.DueSoonNotStarted));

    [Test]
    public void Derive_NeverUpdated_StartsTheStaleClockAtTheLaterOfPlanStartAndActionStart() =>
        Assert.Multiple(() =>
        {
            var neverUpdated = Input(i => i with { LatestUpdateOn = null, PlanStart = AsOf.AddDays(-400), StartDate = AsOf.AddDays(-59) });
            Assert.That(RagRules.Derive(neverUpdated).Reason, Is.EqualTo(RagReason.OnTrack));
            Assert.That(RagRules.Derive(neverUpdated with { StartDate = AsOf.AddDays(-74) }),
                Is.EqualTo(new DerivedRating(RagRating.Amber, RagReason.StaleNeverUpdated, AsOf.AddDays(-74), 74)));
            Assert.That(RagRules.Derive(neverUpdated with { StartDate = AsOf.AddDays(-500) }),
                Is.EqualTo(new DerivedRating(RagRating.Amber, RagReason.StaleNeverUpdated, AsOf.AddDays(-400), 400)));
        });

    [TestCase(ActionStatus.Blocked, RagRating.Amber, RagReason.Blocked)]
    [TestCase(ActionStatus.InProgress, RagRating.Green, RagReason.OnTrack)]
    public void Derive_Blocked_IsAtLeastAmber(ActionStatus status, RagRating rating, RagReason reason) =>
        Assert.That(RagRules.Derive(Input(i => i with { Status = status })), Is.EqualTo(new DerivedRating(rating, reason, null, null)));

    [Test]
    public void Derive_Blocked_LosesToTheRedRulesOnly() =>
        Assert.Multiple(() =>
        {
            Assert.That(RagRules.Derive(Input(i => i with { Status = ActionStatus.Blocked, DueDate = AsOf.AddDays(-1) })).Reason, Is.EqualTo(RagReason.Overdue));
            Assert.That(RagRules.Derive(Halfway(15, ActionStatus.Blocked)).Reason, Is.EqualTo(RagReason.BehindSchedule));
            Assert.That(RagRules.Derive(Halfway(40, ActionStatus.Blocked)).Reason, Is.EqualTo(RagReason.Blocked), "amber-behind loses to blocked");
            Assert.That(RagRules.Derive(Input(i => i with { Status = ActionStatus.Blocked, DueDate = null, LatestUpdateOn = null })).Reason, Is.EqualTo(RagReason.Blocked));
        });

    /// <summary>"Annual" in the seed plan (1 Apr 2019 – 31 Mar 2022), never updated.</summary>
    private static RagInput Annual(DateOnly asOf) => new()
    {
        Status = ActionStatus.NotStarted,
        IsRecurring = true,
        StartDate = new DateOnly(2019, 4, 1),
        DueDate = new DateOnly(2020, 3, 31),
        AsOf = asOf,
    };

    [TestCase("2019-06-01", "2019-04-01", "2020-03-31")]
    [TestCase("2020-03-31", "2019-04-01", "2020-03-31")]
    [TestCase("2020-04-01", "2020-04-01", "2021-03-31")]
    [TestCase("2021-06-01", "2021-04-01", "2022-03-31")]
    [TestCase("2023-01-01", "2021-04-01", "2022-03-31")]
    [TestCase("2019-01-01", "2019-04-01", "2020-03-31")]
    public void Judged_Recurring_IsTheCycleOfThePlanYearHoldingTheDate(string asOf, string cycleStart, string due) =>
        Assert.That(RagRules.Judged(Annual(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))),
            Is.EqualTo(((DateOnly?)DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), (DateOnly?)DateOnly.Parse(cycleStart, System.Globalization.CultureInfo.InvariantCulture))));

    [Test]
    public void Derive_Recurring_IsNeverOverdueForAPastCycleWhileThePlanRuns() =>
        Assert.Multiple(() =>
        {
            Assert.That(RagRules.Derive(Annual(new DateOnly(2020, 6, 1))).Reason, Is.EqualTo(RagReason.StaleNeverUpdated));
            Assert.That(RagRules.Derive(Annual(new DateOnly(2021, 6, 1))).Reason, Is.EqualTo(RagReason.StaleNeverUpdated));
            Assert.That(RagRules.Derive(Annual(new DateOnly(2020, 6, 1)) with { LatestUpdateOn = new DateOnly(2020, 5, 1) }).Reason, Is.EqualTo(RagReason.OnTrack));
        });

    [Test]
    public void Derive_Recurring_IsDueSoonNearTheCycleEndOnlyWithoutAnUpdateInTheCycle() =>
        Assert.Multiple(() =>
        {
            var march = Annual(new DateOnly(2021, 3, 10));
            Assert.That(RagRules.Derive(march), Is.EqualTo(new DerivedRating(RagRating.Amber, RagReason.CycleDueSoon, new DateOnly(2021, 3, 31), 21)));
            Assert.That(RagRules.Derive(march with { LatestUpdateOn = new DateOnly(2021, 3, 1) }).Reason, Is.EqualTo(RagReason.OnTrack));
            Assert.That(RagRules.Derive(march with { LatestUpdateOn = new DateOnly(2020, 3, 1) }).Reason, Is.EqualTo(RagReason.CycleDueSoon), "an update in the previous cycle");
        });

    [Test]
    public void Derive_Recurring_IsOverdueOnceTheLastCyclePassedWithoutAnUpdate() =>
        Assert.Multiple(() =>
        {
            var after = Annual(new DateOnly(2022, 6, 1));
            Assert.That(RagRules.Derive(after), Is.EqualTo(new DerivedRating(RagRating.Red, RagReason.Overdue, new DateOnly(2022, 3, 31), 62)));
            Assert.That(RagRules.Derive(after with { LatestUpdateOn = new DateOnly(2022, 1, 10) }).Reason, Is.EqualTo(RagReason.Stale));
        });

    [Test]
    public void Derive_Recurring_IgnoresTheStraightLineSchedule() =>
        Assert.That(RagRules.Derive(Annual(new DateOnly(2020, 2, 1)) with { Status = ActionStatus.InProgress, PercentComplete = 0, LatestUpdateOn = new DateOnly(2020, 1, 20) }).Reason,
            Is.EqualTo(RagReason.OnTrack));
}
