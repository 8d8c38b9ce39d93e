using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Tests.Features.Rag;

public sealed class RagReasonTextTests
{
    [TestCase(RagReason.Overdue, "2019-09-30", null, "overdue since 30 Sep 2019")]
    [TestCase(RagReason.Overdue, "2020-06-01", 3, "overdue since 1 Jun 2020")]
    [TestCase(RagReason.Stale, "2019-07-19", 74, "no update for 74 days")]
    [TestCase(RagReason.Stale, null, 1, "no update for 1 day")]
    [TestCase(RagReason.StaleNeverUpdated, "2019-04-01", 74, "never updated: 74 days since it started on 1 Apr 2019")]
    [TestCase(RagReason.Blocked, null, null, "blocked: waiting on a partner")]
    [TestCase(RagReason.CycleDueSoon, "2021-03-31", 21, "annual cycle due in 21 days (31 Mar 2021), no update in this cycle")]
    [TestCase(RagReason.CycleDueSoon, "2021-03-31", 0, "annual cycle due today (31 Mar 2021), no update in this cycle")]
    [TestCase(RagReason.DueSoonNotStarted, "2019-10-13", 12, "due in 12 days, not started")]
    [TestCase(RagReason.DueSoonNotStarted, "2019-10-02", 1, "due tomorrow, not started")]
    [TestCase(RagReason.DueSoonNotStarted, "2019-10-01", 0, "due today, not started")]
    [TestCase(RagReason.BehindSchedule, null, 35, "behind schedule: 35 points below the expected progress")]
    [TestCase(RagReason.BehindSchedule, null, 1, "behind schedule: 1 point below the expected progress")]
    [TestCase(RagReason.Completed, null, null, "completed")]
    [TestCase(RagReason.Cancelled, null, null, "cancelled")]
    [TestCase(RagReason.NoDueDateNoUpdate, null, null, "no due date and never updated")]
    [TestCase(RagReason.OnTrack, null, null, "on track")]
    public void Describe_GivesTheBoardsWording(RagReason reason, string? date, int? days, string expected) =>
        Assert.That(RagReasonText.Describe(reason, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), days), Is.EqualTo(expected));

    [Test]
    public void Describe_OverdueInARecurringCycle_SaysSo() =>
        Assert.That(RagReasonText.Describe(RagReason.Overdue, new DateOnly(2022, 3, 31), 62, recurring: true), Is.EqualTo("overdue since 31 Mar 2022 (annual cycle)"));

    [Test]
    public void Describe_WritesEveryMonthWithThreeLetters()
    {
        var months = Enumerable.Range(1, 12).Select(m => RagReasonText.Describe(RagReason.Overdue, new DateOnly(2019, m, 30 - (m == 2 ? 2 : 0)), 1)).ToList();

        Assert.That(months, Has.Member("overdue since 30 Sep 2019").And.Member("overdue since 28 Feb 2019").And.All.Match(@"^overdue since \d{1,2} [A-Z][a-z]{2} 2019$"));
    }

    [Test]
    public void Describe_EveryReason_HasItsOwnWording()
    {
        var wordings = Enum.GetValues<RagReason>().Select(r => RagReasonText.Describe(r, new DateOnly(2019, 9, 30), 5)).ToList();

        Assert.That(wordings, Has.None.Empty.And.Unique);
    }

    [TestCase(RagReason.Overdue)]
    [TestCase(RagReason.Stale)]
    [TestCase(RagReason.StaleNeverUpdated)]
    [TestCase(RagReason.DueSoonNotStarted)]
    [TestCase(RagReason.BehindSchedule)]
    [TestCase(RagReason.CycleDueSoon)]
    public void Describe_WithoutTheFiguresTheReasonNeeds_Throws(RagReason reason) =>
        Assert.That(() => RagReasonText.Describe(reason, null, null), Throws.ArgumentException);
}
