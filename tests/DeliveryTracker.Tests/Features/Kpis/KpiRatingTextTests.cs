using DeliveryTracker.Api.Features.Kpis;
using DeliveryTracker.Contracts.Kpis;

namespace DeliveryTracker.Tests.Features.Kpis;

public sealed class KpiRatingTextTests
{
    private static KpiRating Rated(KpiRatingRule rule, KpiUnit unit, decimal? value, decimal? target = 10m, decimal? tolerance = 2m) => new()
    {
        Rule = rule,
        Unit = unit,
        Direction = KpiDirection.HigherIsBetter,
        Value = value,
        Target = target,
        AmberTolerance = tolerance,
        PeriodLabel = "2020-Q3",
        NextExpectedBy = new DateOnly(2021, 1, 29),
    };

    [TestCase(KpiUnit.Count, 12500, "12,500 against a target of 10, on or above target")]
    [TestCase(KpiUnit.Percent, 12.5, "12.5% against a target of 10%, on or above target")]
    [TestCase(KpiUnit.RatePerThousand, 12.25, "12.25 per 1,000 against a target of 10 per 1,000, on or above target")]
    [TestCase(KpiUnit.Currency, 12500.5, "£12,500.5 against a target of £10, on or above target")]
    public void Describe_WritesValuesInTheKpisUnit(KpiUnit unit, decimal value, string expected) =>
        Assert.That(KpiRatingText.Describe(Rated(KpiRatingRule.MetTarget, unit, value)), Is.EqualTo(expected));

    [Test]
    public void Describe_LongestInputs_StayWithinTheDocumentedMaxLength()
    {
        const decimal widest = -99_999_999_999_999.9999m; // numeric(18,4)
        var longest = Enum.GetValues<KpiRatingRule>()
            .SelectMany(rule => Enum.GetValues<KpiUnit>().Select(unit => new KpiRating
            {
                Rule = rule, Unit = unit, Direction = KpiDirection.LowerIsBetter, Value = widest, Target = widest,
                AmberTolerance = widest, PeriodLabel = new string('x', 100), NextExpectedBy = new DateOnly(2099, 12, 31),
            }))
            .Select(rating => KpiRatingText.Describe(rating).Length)
            .Max();

        Assert.That(longest, Is.LessThanOrEqualTo(KpiRatingText.MaxLength));
    }

    [Test]
    public void Describe_EveryRule_HasItsOwnWording()
    {
        var wordings = Enum.GetValues<KpiRatingRule>().Select(r => KpiRatingText.Describe(Rated(r, KpiUnit.Count, 9m))).ToList();

        Assert.That(wordings, Has.None.Empty.And.Unique);
    }

    [Test]
    public void Describe_Stale_SaysWhichFigureIsLateAndSince()
    {
        Assert.That(KpiRatingText.Describe(Rated(KpiRatingRule.Stale, KpiUnit.Count, 9m)),
            Is.EqualTo("stale: the figure after 2020-Q3 was expected by 29 Jan 2021; the last was 9 against a target of 10"));
    }
}
