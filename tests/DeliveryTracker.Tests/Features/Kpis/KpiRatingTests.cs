using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Kpis;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Kpis;

/// <summary>
/// PRODUCT.md's "KPI ratings" through HTTP: the seed's real series at fixed dates, and KPIs each test creates under a
/// code of its own for the bands and directions the seed does not have. Seeded KPIs are only read.
/// </summary>
public sealed class KpiRatingTests : ApiFixture
{
    private const string DomesticAbuseAttendance = "RESPONSE-DA-NONEMERG-60MIN";

    private static string NewCode() => "R" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    private async Task<KpiSummaryDto> SeededAsync(string code, string? asOf = null) =>
        (await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?q={code}{(asOf is null ? "" : "&asOf=" + asOf)}")).Items.Single(k => k.Code == code);

    private async Task<KpiRatingDto> RatingAsync(Guid kpiId, string asOf) =>
        (await GetJsonAsync<KpiDto>($"/api/v1/kpis/{kpiId}?asOf={asOf}")).Rating;

    private async Task<KpiDto> CreateAsync(KpiUnit unit, KpiDirection direction, decimal target, decimal? tolerance, KpiFrequency frequency = KpiFrequency.Monthly)
    {
        var request = new CreateKpiRequest(NewCode(), "Rated KPI", unit, direction, frequency, KpiLifecycle.Reporting, Target: target, AmberTolerance: tolerance, PublicationLagDays: 30);
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/kpis", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<KpiDto>(Json))!;
    }

    /// <summary>One value per month of 2020, January first.</summary>
    private async Task MeasureMonthsAsync(Guid kpiId, params decimal[] values)
    {
        for (var month = 1; month <= values.Length; month++)
        {
            var start = new DateOnly(2020, month, 1);
            var request = new CreateKpiMeasurementRequest(start.ToString("MMM yyyy", CultureInfo.InvariantCulture), start, start.AddMonths(1).AddDays(-1), values[month - 1]);
            using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/kpis/{kpiId}/measurements", UriKind.Relative), request, Json);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        }
    }

    [Test]
    public async Task DomesticAbuseAttendance_AsOfDecember2020_IsRed75AgainstATargetOf90()
    {
        var kpi = await SeededAsync(DomesticAbuseAttendance, "2020-12-01");

        Assert.Multiple(() =>
        {
            Assert.That(kpi.Rating.Rag, Is.EqualTo(KpiRag.Red));
            Assert.That(kpi.Rating.Reason, Does.StartWith("75% against a target of 90%, "));
            Assert.That((kpi.Rating.PeriodEnd, kpi.Rating.Value), Is.EqualTo(((DateOnly?)new DateOnly(2020, 10, 31), (decimal?)75m)));
            Assert.That(kpi.Rating.AsOf, Is.EqualTo(new DateOnly(2020, 12, 1)));
            // October's figure, monthly, 30 days' lag: November's is due by 30 Nov + 30 days.
            Assert.That(kpi.Rating.NextExpectedBy, Is.EqualTo(new DateOnly(2020, 12, 30)));
        });
    }

    [Test]
    public async Task DomesticAbuseAttendance_OnceNovembersFigureIsLate_IsStaleNotRed()
    {
        var lastDay = await SeededAsync(DomesticAbuseAttendance, "2020-12-30");
        var late = await SeededAsync(DomesticAbuseAttendance, "2020-12-31");
        var today = await SeededAsync(DomesticAbuseAttendance);

        Assert.Multiple(() =>
        {
            Assert.That(lastDay.Rating.Rag, Is.EqualTo(KpiRag.Red));
            Assert.That(late.Rating.Rag, Is.EqualTo(KpiRag.Stale));
            Assert.That(late.Rating.Reason, Does.StartWith("stale: the figure after Oct 2020").And.Contain("expected by 30 Dec 2020").And.Contain("the last was 75% against a target of 90%"));
            Assert.That(today.Rating.Rag, Is.EqualTo(KpiRag.Stale), "no figure since October 2020");
        });
    }

    [Test]
    public async Task DomesticAbuseAttendance_BeforeAnyPeriodEnded_HasNoData()
    {
        var kpi = await SeededAsync(DomesticAbuseAttendance, "2020-10-30");

        Assert.Multiple(() =>
        {
            Assert.That(kpi.Rating.Rag, Is.EqualTo(KpiRag.NoData));
            Assert.That(kpi.Rating.Reason, Is.EqualTo("no measurement yet against a target of 90%"));
            Assert.That(kpi.Rating.MeasurementId, Is.Null);
        });
    }

    [Test]
    public async Task CrimeComparison_WithoutATarget_IsMonitoredNeverGreen()
    {
        var burglary = await SeededAsync("CRIME-BURGLARY");

        Assert.Multiple(() =>
        {
            Assert.That(burglary.Rating.Rag, Is.EqualTo(KpiRag.Monitored));
            // The latest period to end is the 14 days to 20 Sep 2020 (the 12 months end in August).
            Assert.That(burglary.Rating.Reason, Is.EqualTo("monitored without a target: 64 for 7–20 Sep 2020 (last 14 days to 20 Sep)"));
            Assert.That(burglary.Rating.PeriodEnd, Is.EqualTo(new DateOnly(2020, 9, 20)));
        });
    }

    [Test]
    public async Task DefinedKpiWithoutATarget_IsToBeAgreed()
    {
        var kpi = await SeededAsync("CALLS-999-ANSWERED-10S");

        Assert.Multiple(() =>
        {
            Assert.That(kpi.Lifecycle, Is.EqualTo(KpiLifecycle.Defined));
            Assert.That(kpi.Rating.Rag, Is.EqualTo(KpiRag.ToBeAgreed));
            Assert.That(kpi.Rating.Reason, Is.EqualTo("to be agreed: no agreed definition or target yet"));
        });
    }

    [Test]
    public async Task HigherIsBetterWithABand_IsGreenAmberOrRedByTheMeasurementOfTheDate()
    {
        var kpi = await CreateAsync(KpiUnit.Percent, KpiDirection.HigherIsBetter, target: 90m, tolerance: 5m);
        await MeasureMonthsAsync(kpi.Id, 92.4m, 88m, 75m, 90m);

        var january = await RatingAsync(kpi.Id, "2020-02-10");
        var february = await RatingAsync(kpi.Id, "2020-03-10");
        var march = await RatingAsync(kpi.Id, "2020-04-10");
        var april = await RatingAsync(kpi.Id, "2020-05-10");

        Assert.Multiple(() =>
        {
            Assert.That((january.Rag, january.Reason), Is.EqualTo((KpiRag.Green, "92.4% against a target of 90%, on or above target")));
            Assert.That((february.Rag, february.Reason), Is.EqualTo((KpiRag.Amber, "88% against a target of 90%, within the amber band (85%–90%)")));
            Assert.That((march.Rag, march.Reason), Is.EqualTo((KpiRag.Red, "75% against a target of 90%, lower than the amber band (85%–90%)")));
            Assert.That((april.Rag, april.Reason), Is.EqualTo((KpiRag.Green, "90% against a target of 90%, on or above target")), "on the target");
            Assert.That(march.PeriodLabel, Is.EqualTo("Mar 2020"));
        });
    }

    [Test]
    public async Task LowerIsBetter_OnTheEdgeOfTheBandIsAmber_AndWithoutABandAnyMissIsRed()
    {
        var banded = await CreateAsync(KpiUnit.Count, KpiDirection.LowerIsBetter, target: 1000m, tolerance: 100m);
        await MeasureMonthsAsync(banded.Id, 1100m, 1101m);
        var unbanded = await CreateAsync(KpiUnit.Count, KpiDirection.LowerIsBetter, target: 1000m, tolerance: null);
        await MeasureMonthsAsync(unbanded.Id, 1001m);

        var edge = await RatingAsync(banded.Id, "2020-02-10");
        var beyond = await RatingAsync(banded.Id, "2020-03-10");
        var missed = await RatingAsync(unbanded.Id, "2020-02-10");

        Assert.Multiple(() =>
        {
            Assert.That((edge.Rag, edge.Reason), Is.EqualTo((KpiRag.Amber, "1,100 against a target of 1,000, within the amber band (1,000–1,100)")));
            Assert.That((beyond.Rag, beyond.Reason), Is.EqualTo((KpiRag.Red, "1,101 against a target of 1,000, higher than the amber band (1,000–1,100)")));
            Assert.That((missed.Rag, missed.Reason), Is.EqualTo((KpiRag.Red, "1,001 against a target of 1,000, above target (no amber band set)")));
        });
    }

    [Test]
    public async Task AdHocKpi_IsNeverStale()
    {
        var kpi = await CreateAsync(KpiUnit.Count, KpiDirection.LowerIsBetter, target: 10m, tolerance: null, KpiFrequency.AdHoc);
        await MeasureMonthsAsync(kpi.Id, 5m);

        var rating = (await GetJsonAsync<KpiDto>($"/api/v1/kpis/{kpi.Id}")).Rating;

        Assert.Multiple(() =>
        {
            Assert.That(rating.Rag, Is.EqualTo(KpiRag.Green));
            Assert.That(rating.NextExpectedBy, Is.Null);
        });
    }

    [Test]
    public async Task ListAndDetail_GiveTheSameRating()
    {
        var summary = await SeededAsync(DomesticAbuseAttendance, "2020-12-01");
        var detail = await RatingAsync(summary.Id, "2020-12-01");

        Assert.That(detail, Is.EqualTo(summary.Rating));
    }

    [TestCase("Red")]
    [TestCase("red")]
    [TestCase("RED")]
    public async Task ListKpis_FilteredByRag_ReturnsOnlyKpisRatedSo(string rag)
    {
        var red = await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?rag={rag}&asOf=2020-12-01&limit=200");

        Assert.Multiple(() =>
        {
            Assert.That(red.Items.Select(k => k.Code), Does.Contain(DomesticAbuseAttendance));
            Assert.That(red.Items.Select(k => k.Rating.Rag), Is.All.EqualTo(KpiRag.Red));
        });
    }

    [Test]
    public async Task ListKpis_FilteredBySeveralRags_ReturnsEach_AndNoneGreen()
    {
        var all = await GetJsonAsync<Page<KpiSummaryDto>>("/api/v1/kpis?asOf=2020-12-01&limit=200");
        var notGreen = await GetJsonAsync<Page<KpiSummaryDto>>("/api/v1/kpis?rag=Monitored&rag=ToBeAgreed&asOf=2020-12-01&limit=200");

        Assert.Multiple(() =>
        {
            Assert.That(notGreen.Items.Select(k => k.Code), Does.Contain("CRIME-BURGLARY").And.Contain("CALLS-999-ANSWERED-10S"));
            Assert.That(notGreen.Items.Select(k => k.Rating.Rag).Distinct(), Is.EquivalentTo(new[] { KpiRag.Monitored, KpiRag.ToBeAgreed }));
            Assert.That(notGreen.Items.Select(k => k.Id),
                Is.EquivalentTo(all.Items.Where(k => k.Rating.Rag is KpiRag.Monitored or KpiRag.ToBeAgreed).Select(k => k.Id)));
        });
    }

    [TestCase("rag=Purple", "rag")]
    [TestCase("asOf=1999-12-31", "asOf")]
    public async Task ListKpis_WithABadRatingParameter_ReturnsAProblemNamingIt(string query, string field)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/kpis?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.ToString(), Does.Contain(field));
    }

    [Test]
    public async Task GetKpi_AsOfTomorrow_ReturnsAProblemNamingAsOf()
    {
        var kpi = await SeededAsync(DomesticAbuseAttendance);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await Client.GetAsync(new Uri($"/api/v1/kpis/{kpi.Id}?asOf={tomorrow}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("asOf", out _), Is.True);
    }

    [Test]
    public async Task KpiRatings_UnderAKpiFilter_AreInlinedIntoTheQuery()
    {
        var kpi = await SeededAsync(DomesticAbuseAttendance);
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("EXPLAIN SELECT * FROM kpi_ratings(@asOf) WHERE kpi_id = @kpiId", connection);
        command.Parameters.AddWithValue("asOf", new DateOnly(2020, 12, 1));
        command.Parameters.AddWithValue("kpiId", kpi.Id);
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        // A Function Scan would rate every KPI and filter afterwards.
        Assert.That(string.Join(Environment.NewLine, plan), Does.Not.Contain("Function Scan"));
    }
}
