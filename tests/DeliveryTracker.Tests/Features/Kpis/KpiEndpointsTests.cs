using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Kpis;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Kpis;

/// <summary>
/// KPIs, their action links and measurements. Writes work on KPIs (and plans and actions) each test creates under a
/// code of its own; the seeded demo plan's KPIs are only read.
/// </summary>
public sealed class KpiEndpointsTests : ApiFixture
{
    private static string NewTag() => "T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    private static CreateKpiRequest NewKpi(string code, Guid? planId = null, KpiLifecycle lifecycle = KpiLifecycle.Defined, decimal? target = 10m, Guid? ownerLeadId = null) =>
        new(code, $"KPI {code}", KpiUnit.Count, KpiDirection.LowerIsBetter, KpiFrequency.Monthly, lifecycle, Target: target, OwnerLeadId: ownerLeadId, PlanId: planId);

    private static UpdateKpiRequest AsUpdate(KpiDto kpi) =>
        new(kpi.Code, kpi.Name, kpi.Unit, kpi.Direction, kpi.Frequency, kpi.Lifecycle, kpi.Description, kpi.Target, kpi.AmberTolerance, kpi.PublicationLagDays,
            kpi.Baseline, kpi.BaselinePeriod, kpi.OwnerLeadId, kpi.DataSource, kpi.PlanId);

    private static CreateKpiMeasurementRequest NewMeasurement(string start, string end, decimal value, string? label = null) =>
        new(label ?? $"{start} to {end}", DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture), value, "Test source");

    private async Task<(KpiDto Kpi, string ETag)> CreateKpiAsync(CreateKpiRequest request)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/kpis", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<KpiDto>(Json))!, response.ETag());
    }

    private async Task<(KpiMeasurementDto Measurement, string ETag)> CreateMeasurementAsync(Guid kpiId, CreateKpiMeasurementRequest request)
    {
        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/kpis/{kpiId}/measurements", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<KpiMeasurementDto>(Json))!, response.ETag());
    }

    private async Task<(KpiDto Kpi, string ETag)> GetKpiAsync(Guid kpiId)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/kpis/{kpiId}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<KpiDto>(Json))!, response.ETag());
    }

    private async Task<KpiSummaryDto> SeededKpiAsync(string code) =>
        (await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?q={code}")).Items.Single(k => k.Code == code);

    private async Task<Guid> PoliceLeadIdAsync() => (await SeededKpiAsync("CRIME-BURGLARY")).OwnerLeadId!.Value;

    /// <summary>A new action <paramref name="referenceCode"/> in a theme of its own (the code's prefix) in <paramref name="planId"/>.</summary>
    private async Task<Guid> NewActionAsync(Guid planId, string referenceCode = "T-1.1")
    {
        var objective = await NewObjectiveAsync(planId, referenceCode[..referenceCode.IndexOf('-', StringComparison.Ordinal)]);
        return (await CreateActionAsync(objective.Id, new CreateActionRequest("Test action", ReferenceCode: referenceCode))).Action.Id;
    }

    private async Task<long> AuditCountAsync(string entityType, Guid entityId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM audit_entries WHERE entity_type = @type AND entity_id = @id", connection);
        command.Parameters.AddWithValue("type", entityType);
        command.Parameters.AddWithValue("id", entityId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static IEnumerable<string> ErrorFields(JsonElement problem) => problem.GetProperty("errors").EnumerateObject().Select(e => e.Name);

    // ---- Create ----

    [Test]
    public async Task CreateKpi_Valid_ReturnsCreatedWithLocationETagAndOwner()
    {
        var planId = await NewPlanAsync();
        var police = await PoliceLeadIdAsync();
        var code = NewTag() + "-ASB";
        var request = new CreateKpiRequest(
            code, "ASB calls", KpiUnit.Count, KpiDirection.LowerIsBetter, KpiFrequency.Quarterly, KpiLifecycle.Baselined,
            Description: "Calls about anti-social behaviour", Target: 300m, AmberTolerance: 25m, PublicationLagDays: 45, Baseline: 368m,
            BaselinePeriod: "7–20 Sep 2020", OwnerLeadId: police, DataSource: "MPS CAD", PlanId: planId);

        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/kpis", UriKind.Relative), request, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var kpi = (await response.Content.ReadFromJsonAsync<KpiDto>(Json))!;
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/kpis/{kpi.Id}"));
        Assert.That(
            (kpi.Code, kpi.PlanId, kpi.Lifecycle, kpi.Target, kpi.AmberTolerance, kpi.PublicationLagDays, kpi.Baseline, kpi.OwnerName, kpi.DataSource),
            Is.EqualTo((code, (Guid?)planId, KpiLifecycle.Baselined, (decimal?)300m, (decimal?)25m, 45, (decimal?)368m, "Police", "MPS CAD")));
        Assert.That(kpi.LatestMeasurement, Is.Null);
        Assert.That(kpi.Actions, Is.Empty);
        var (stored, etag) = await GetKpiAsync(kpi.Id);
        Assert.That(etag, Is.EqualTo(response.ETag()));
        Assert.That(stored.BaselinePeriod, Is.EqualTo("7–20 Sep 2020"));
    }

    [Test]
    public async Task CreateKpi_SharedWithoutOwner_IsAllowed()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag(), planId: null, lifecycle: KpiLifecycle.ToBeAgreed, target: null));

        Assert.That((kpi.PlanId, kpi.OwnerLeadId, kpi.OwnerName, kpi.Target), Is.EqualTo(((Guid?)null, (Guid?)null, (string?)null, (decimal?)null)));
    }

    [Test]
    public async Task CreateKpi_DuplicateCode_ReturnsConflictNamingTheKpiThatHasIt()
    {
        var seeded = await SeededKpiAsync("CRIME-BURGLARY");

        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/kpis", UriKind.Relative), NewKpi("CRIME-BURGLARY"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.ProblemAsync()).GetProperty("existingKpiId").GetGuid(), Is.EqualTo(seeded.Id));
    }

    [TestCase("""{"code":"lower-case","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined"}""", "code")]
    [TestCase("""{"code":"@","name":"","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined"}""", "name")]
    [TestCase("""{"code":"@","name":"N","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined"}""", "unit")]
    [TestCase("""{"code":"@","name":"N","unit":"Count","frequency":"Monthly","lifecycle":"Defined"}""", "direction")]
    [TestCase("""{"code":"@","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly"}""", "lifecycle")]
    [TestCase("""{"code":"@","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined","target":5,"amberTolerance":-1}""", "amberTolerance")]
    [TestCase("""{"code":"@","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined","publicationLagDays":731}""", "publicationLagDays")]
    [TestCase("""{"code":"@","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined","target":1e15}""", "target")]
    [TestCase("""{"code":"@","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Baselined","target":5}""", "baseline")]
    [TestCase("""{"code":"@","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"ToBeAgreed","target":5}""", "target")]
    [TestCase("""{"code":"@","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined","amberTolerance":2}""", "amberTolerance")]
    [TestCase("""{"code":"@","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined","baselinePeriod":"@101"}""", "baselinePeriod")]
    public async Task CreateKpi_InvalidField_ReturnsValidationProblemNamingItAndWritesNothing(string body, string field)
    {
        var code = NewTag();
        body = body.Replace("\"code\":\"@\"", $"\"code\":\"{code}\"", StringComparison.Ordinal).Replace("@101", new string('x', 101), StringComparison.Ordinal);

        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/kpis", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(ErrorFields(problem), Has.Some.EqualTo(field).IgnoreCase, problem.ToString());
        Assert.That((await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?q={code}")).Items, Is.Empty, "nothing is half-written");
    }

    [Test]
    public async Task CreateKpi_UnknownOwnerAndPlan_ReturnsValidationProblemNamingBoth()
    {
        var code = NewTag();

        using var response = await Client.PostAsJsonAsync(
            new Uri("/api/v1/kpis", UriKind.Relative), NewKpi(code, planId: Guid.CreateVersion7(), ownerLeadId: Guid.CreateVersion7()), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorFields(await response.ProblemAsync()), Is.EquivalentTo(new[] { "ownerLeadId", "planId" }));
        Assert.That((await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?q={code}")).Items, Is.Empty);
    }

    [TestCase("""{"code":"OK","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined","colour":"red"}""", "colour")]
    [TestCase("""{"code":"OK","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined","target":"ten"}""", "target")]
    [TestCase("""{"code":"OK","name":"N","unit":"Furlongs","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined"}""", "unit")]
    [TestCase("""{"code":"OK","name":"N","unit":"Count","direction":"LowerIsBetter","frequency":"Monthly","lifecycle":"Defined","publicationLagDays":1.5}""", "publicationLagDays")]
    [TestCase("""{"code":"OK","name":""", "")]
    public async Task CreateKpi_MalformedJson_ReturnsProblemNamingThePath(string body, string path)
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/kpis", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(ErrorFields(problem), Has.Some.StartsWith(path), problem.ToString());
        Assert.That(problem.ToString(), Does.Not.Contain("DeliveryTracker."), "no .NET type names leak");
    }

    // ---- List ----

    [Test]
    public async Task ListKpis_SeededDomesticAbuseKpi_CarriesTargetAndLatestMeasurement()
    {
        var kpi = await SeededKpiAsync("RESPONSE-DA-NONEMERG-60MIN");

        Assert.That((kpi.Target, kpi.Direction, kpi.Unit, kpi.Lifecycle), Is.EqualTo(((decimal?)90m, KpiDirection.HigherIsBetter, KpiUnit.Percent, KpiLifecycle.Reporting)));
        Assert.That(kpi.LatestMeasurement, Is.Not.Null);
        Assert.That(
            (kpi.LatestMeasurement!.Value, kpi.LatestMeasurement.PeriodStart, kpi.LatestMeasurement.PeriodEnd),
            Is.EqualTo((75m, new DateOnly(2020, 10, 1), new DateOnly(2020, 10, 31))));
        Assert.That(kpi.LatestMeasurement.PeriodLabel, Does.StartWith("Oct 2020"));
        Assert.That(kpi.OwnerName, Is.EqualTo("Police"));
    }

    [Test]
    public async Task ListKpis_SeededPlan_LatestMeasurementIsThePeriodThatEndsLast()
    {
        var plans = await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans");
        var planId = plans.Items.Single(p => p.Title == "Building Safer Communities – Delivery Plan").Id;

        var kpis = (await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?planId={planId}&limit=200")).Items;

        Assert.That(kpis.Select(k => k.Code), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "ordered by code");
        var burglary = kpis.Single(k => k.Code == "CRIME-BURGLARY");
        var series = (await GetJsonAsync<Page<KpiMeasurementDto>>($"/api/v1/kpis/{burglary.Id}/measurements?limit=200")).Items;
        var expected = series.OrderByDescending(m => m.PeriodEnd).ThenByDescending(m => m.PeriodStart).First();
        Assert.That(burglary.LatestMeasurement?.Id, Is.EqualTo(expected.Id));
        Assert.That(kpis.Single(k => k.Code == "CALLS-999-ANSWERED-10S").LatestMeasurement, Is.Null, "a KPI without measurements has none");
    }

    [Test]
    public async Task ListKpis_WithLimit_PagesByCodeThroughCursorAndLinkHeader()
    {
        var planId = await NewPlanAsync();
        var tag = NewTag();
        foreach (var suffix in new[] { "C", "A", "B" })
        {
            await CreateKpiAsync(NewKpi($"{tag}-{suffix}", planId));
        }

        using var first = await Client.GetAsync(new Uri($"/api/v1/kpis?planId={planId}&limit=2", UriKind.Relative));
        var firstPage = (await first.Content.ReadFromJsonAsync<Page<KpiSummaryDto>>(Json))!;

        Assert.That(firstPage.Items.Select(k => k.Code), Is.EqualTo(new[] { $"{tag}-A", $"{tag}-B" }));
        Assert.That(firstPage.NextCursor, Is.Not.Null);
        var link = first.Headers.GetValues("Link").Single();
        Assert.That(link, Does.StartWith("</api/v1/kpis?").And.Contain($"planId={planId}").And.Contain("limit=2").And.Contain($"cursor={firstPage.NextCursor}").And.EndWith("; rel=\"next\""));
        var next = link[1..link.IndexOf('>', StringComparison.Ordinal)];
        using var second = await Client.GetAsync(new Uri(next, UriKind.Relative));
        var secondPage = (await second.Content.ReadFromJsonAsync<Page<KpiSummaryDto>>(Json))!;
        Assert.That(secondPage.Items.Select(k => k.Code), Is.EqualTo(new[] { $"{tag}-C" }));
        Assert.That(secondPage.NextCursor, Is.Null);
        Assert.That(second.Headers.Contains("Link"), Is.False);
    }

    [Test]
    public async Task ListKpis_Filters_CombineLifecycleOwnerAndText()
    {
        var planId = await NewPlanAsync();
        var police = await PoliceLeadIdAsync();
        var tag = NewTag();
        await CreateKpiAsync(NewKpi($"{tag}-A", planId, KpiLifecycle.Defined, ownerLeadId: police) with { Name = "Knife crime offences" });
        await CreateKpiAsync(NewKpi($"{tag}-B", planId, KpiLifecycle.ToBeAgreed, target: null, ownerLeadId: police) with { Name = "Knife crime injuries" });
        await CreateKpiAsync(NewKpi($"{tag}-C", planId, KpiLifecycle.Defined) with { Name = "Knife crime arrests" });

        async Task<IEnumerable<string>> CodesAsync(string filter) =>
            (await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?planId={planId}&{filter}")).Items.Select(k => k.Code);

        Assert.That(await CodesAsync("lifecycle=Defined"), Is.EqualTo(new[] { $"{tag}-A", $"{tag}-C" }));
        Assert.That(await CodesAsync($"ownerLeadId={police}"), Is.EqualTo(new[] { $"{tag}-A", $"{tag}-B" }));
        Assert.That(await CodesAsync($"lifecycle=Defined&ownerLeadId={police}"), Is.EqualTo(new[] { $"{tag}-A" }));
        Assert.That(await CodesAsync("q=KNIFE%20CRIME%20INJ"), Is.EqualTo(new[] { $"{tag}-B" }), "name, any case");
        Assert.That(await CodesAsync($"q={tag.ToLowerInvariant()}-c"), Is.EqualTo(new[] { $"{tag}-C" }), "code, any case");
        Assert.That(await CodesAsync("q=%25"), Is.Empty, "% is text, not a wildcard");
    }

    [Test]
    public async Task ListKpis_UpdatedSince_ReturnsKpisWhoseRecordOrMeasurementsChanged()
    {
        var planId = await NewPlanAsync();
        var tag = NewTag();
        var (measured, _) = await CreateKpiAsync(NewKpi($"{tag}-MEASURED", planId));
        var (edited, editedETag) = await CreateKpiAsync(NewKpi($"{tag}-EDITED", planId));
        await CreateKpiAsync(NewKpi($"{tag}-UNTOUCHED", planId));
        await Task.Delay(50);
        var since = DateTimeOffset.UtcNow;
        await Task.Delay(50);

        await CreateMeasurementAsync(measured.Id, NewMeasurement("2024-04-01", "2024-04-30", 3m));
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{edited.Id}", AsUpdate(edited) with { Name = "Edited" }, editedETag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // Given in London summer time: the same instant, an hour ahead on the clock.
        var sinceText = Uri.EscapeDataString(since.ToOffset(TimeSpan.FromHours(1)).ToString("O", CultureInfo.InvariantCulture));
        var changed = (await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?planId={planId}&updatedSince={sinceText}")).Items;
        Assert.That(changed.Select(k => k.Code), Is.EqualTo(new[] { $"{tag}-EDITED", $"{tag}-MEASURED" }));
        Assert.That(changed.Single(k => k.Id == measured.Id).LatestMeasurement?.Value, Is.EqualTo(3m));
    }

    [TestCase("limit=0", "limit")]
    [TestCase("limit=201", "limit")]
    [TestCase("cursor=not-a-cursor!", "cursor")]
    [TestCase("cursor=e30", "cursor")]
    public async Task ListKpis_BadPaging_ReturnsValidationProblemNamingIt(string query, string field)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/kpis?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorFields(await response.ProblemAsync()), Is.EqualTo(new[] { field }));
    }

    [TestCase("lifecycle=Retired")]
    [TestCase("updatedSince=yesterday")]
    [TestCase("planId=42")]
    public async Task ListKpis_UnparseableFilter_ReturnsBadRequest(string query)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/kpis?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        await response.ProblemAsync();
    }

    // ---- Get ----

    [Test]
    public async Task GetKpi_Seeded_ReturnsOwnerLinkedActionsAndLatestMeasurement()
    {
        var summary = await SeededKpiAsync("CRIME-TNO");

        var (kpi, etag) = await GetKpiAsync(summary.Id);

        Assert.That(etag, Is.Not.Empty);
        Assert.That(kpi.OwnerName, Is.EqualTo("Police"));
        Assert.That(kpi.Actions.Select(a => a.ReferenceCode), Is.EqualTo(new[] { "ASB-1.1", "ASB-1.2", "ASB-1.3" }));
        Assert.That(kpi.Actions.Select(a => a.PlanId).Distinct().Single(), Is.EqualTo(kpi.PlanId));
        Assert.That(kpi.LatestMeasurement, Is.EqualTo(summary.LatestMeasurement));
        Assert.That(kpi.DataSource, Does.Contain("Total Notifiable Offences"));
    }

    [Test]
    public async Task GetKpi_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/kpis/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await response.ProblemAsync();
    }

    // ---- Update ----

    [Test]
    public async Task UpdateKpi_WithCurrentETag_ChangesItAndIssuesANewETag()
    {
        var police = await PoliceLeadIdAsync();
        var (kpi, etag) = await CreateKpiAsync(NewKpi(NewTag(), await NewPlanAsync(), ownerLeadId: police));
        var change = AsUpdate(kpi) with { Name = "Renamed", Lifecycle = KpiLifecycle.Reporting, Target = 12.5m, AmberTolerance = 1m, OwnerLeadId = null };

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}", change, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<KpiDto>(Json))!;
        Assert.That(
            (updated.Name, updated.Lifecycle, updated.Target, updated.AmberTolerance, updated.OwnerLeadId, updated.OwnerName),
            Is.EqualTo(("Renamed", KpiLifecycle.Reporting, (decimal?)12.5m, (decimal?)1m, (Guid?)null, (string?)null)));
        Assert.That(response.ETag(), Is.Not.EqualTo(etag));
        Assert.That((await GetKpiAsync(kpi.Id)).ETag, Is.EqualTo(response.ETag()));
    }

    [Test]
    public async Task UpdateKpi_NewOwner_ReturnsTheirName()
    {
        var (kpi, etag) = await CreateKpiAsync(NewKpi(NewTag()));
        var police = await PoliceLeadIdAsync();

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}", AsUpdate(kpi) with { OwnerLeadId = police }, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await response.Content.ReadFromJsonAsync<KpiDto>(Json))!.OwnerName, Is.EqualTo("Police"));
    }

    [Test]
    public async Task UpdateKpi_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}", AsUpdate(kpi), ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        await response.ProblemAsync();
    }

    [Test]
    public async Task UpdateKpi_WithStaleETag_ReturnsPreconditionFailedWithTheCurrentVersion()
    {
        var (kpi, staleETag) = await CreateKpiAsync(NewKpi(NewTag()));
        using (var first = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}", AsUpdate(kpi) with { Name = "First writer" }, staleETag, Json))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var second = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}", AsUpdate(kpi) with { Name = "Second writer" }, staleETag, Json);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var problem = await second.ProblemAsync();
        Assert.That(problem.GetProperty("current").GetProperty("name").GetString(), Is.EqualTo("First writer"));
        Assert.That(problem.GetProperty("currentETag").GetString(), Is.Not.EqualTo(staleETag).And.Not.Empty);
        Assert.That((await GetKpiAsync(kpi.Id)).Kpi.Name, Is.EqualTo("First writer"), "the stale write changed nothing");
    }

    [Test]
    public async Task UpdateKpi_ToAnotherKpisCode_ReturnsConflict()
    {
        var (kpi, etag) = await CreateKpiAsync(NewKpi(NewTag()));
        var seeded = await SeededKpiAsync("CRIME-ROBBERY");

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}", AsUpdate(kpi) with { Code = "CRIME-ROBBERY" }, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.ProblemAsync()).GetProperty("existingKpiId").GetGuid(), Is.EqualTo(seeded.Id));
    }

    [Test]
    public async Task UpdateKpi_ReportingWithoutTarget_IsAcceptedAsMonitoredOnly()
    {
        var (kpi, etag) = await CreateKpiAsync(NewKpi(NewTag()));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}", AsUpdate(kpi) with { Lifecycle = KpiLifecycle.Reporting, Target = null }, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var (stored, _) = await GetKpiAsync(kpi.Id);
        Assert.That((stored.Lifecycle, stored.Target), Is.EqualTo((KpiLifecycle.Reporting, (decimal?)null)));
    }

    [Test]
    public async Task UpdateKpi_ToAPlanOtherThanItsActions_ReturnsValidationProblemNamingPlanId()
    {
        var planId = await NewPlanAsync();
        var actionId = await NewActionAsync(planId, "MOVE-1.1");
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag(), planId: null));
        using (var link = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}/actions/{actionId}", null, ifMatch: null, Json))
        {
            Assert.That(link.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var (current, etag) = await GetKpiAsync(kpi.Id);
        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}", AsUpdate(current) with { PlanId = await NewPlanAsync() }, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").GetProperty("planId")[0].GetString(), Does.Contain("MOVE-1.1"));
    }

    [Test]
    public async Task UpdateKpi_Unknown_ReturnsNotFound()
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{Guid.CreateVersion7()}", AsUpdate((await CreateKpiAsync(NewKpi(NewTag()))).Kpi), "\"1\"", Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    // ---- Delete and history ----

    [Test]
    public async Task DeleteKpi_WithLinkedActionsAndMeasurements_ReturnsConflictNamingThem()
    {
        var seeded = await SeededKpiAsync("CRIME-TNO");
        var (_, etag) = await GetKpiAsync(seeded.Id);
        var document = DemoPlanSeeder.ReadDocument();
        var linked = document.Themes.SelectMany(t => t.Objectives).SelectMany(o => o.Actions).Where(a => a.KpiCodes.Contains("CRIME-TNO")).Select(a => a.Reference);

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/kpis/{seeded.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var dependents = (await response.ProblemAsync()).GetProperty("dependents");
        Assert.That(dependents.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("referenceCode").GetString()), Is.EqualTo(linked).And.Not.Empty);
        Assert.That(dependents.GetProperty("actions")[0].GetProperty("id").GetGuid(), Is.Not.EqualTo(Guid.Empty));
        Assert.That(dependents.GetProperty("measurementCount").GetInt32(), Is.EqualTo(document.Kpis.Single(k => k.Code == "CRIME-TNO").Measurements.Count));
        Assert.That((await GetKpiAsync(seeded.Id)).ETag, Is.EqualTo(etag), "still there, unchanged");
    }

    [Test]
    public async Task DeleteKpi_WithOnlyMeasurements_ReturnsConflictCountingThem()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-04-01", "2024-04-30", 1m));
        var (_, etag) = await GetKpiAsync(kpi.Id);

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/kpis/{kpi.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var dependents = (await response.ProblemAsync()).GetProperty("dependents");
        Assert.That((dependents.GetProperty("actions").GetArrayLength(), dependents.GetProperty("measurementCount").GetInt32()), Is.EqualTo((0, 1)));
    }

    [Test]
    public async Task DeleteKpi_Unused_RemovesItAndRecordsTheDeletion()
    {
        var (kpi, etag) = await CreateKpiAsync(NewKpi(NewTag()));

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/kpis/{kpi.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var get = await Client.GetAsync(new Uri($"/api/v1/kpis/{kpi.Id}", UriKind.Relative));
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/kpis/{kpi.Id}/history");
        Assert.That(history.Items.Select(h => h.Operation), Is.EqualTo(new[] { "Deleted", "Created" }));
        Assert.That(history.Items[0].Before!.Value.GetProperty("code").GetString(), Is.EqualTo(kpi.Code));
    }

    [Test]
    public async Task DeleteKpi_WithoutIfMatchOrStale_IsRefused()
    {
        var (kpi, etag) = await CreateKpiAsync(NewKpi(NewTag()));
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}", AsUpdate(kpi) with { Name = "Changed" }, etag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var missing = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/kpis/{kpi.Id}", null, ifMatch: null, Json);
        using var stale = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/kpis/{kpi.Id}", null, etag, Json);

        Assert.That((missing.StatusCode, stale.StatusCode), Is.EqualTo(((HttpStatusCode)428, HttpStatusCode.PreconditionFailed)));
        Assert.That((await GetKpiAsync(kpi.Id)).Kpi.Name, Is.EqualTo("Changed"));
    }

    [Test]
    public async Task KpiHistory_AfterCreateAndUpdate_RecordsBothWithBeforeAndAfter()
    {
        var (kpi, etag) = await CreateKpiAsync(NewKpi(NewTag()));
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}", AsUpdate(kpi) with { Target = 8m }, etag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/kpis/{kpi.Id}/history");

        Assert.That(history.Items.Select(h => h.Operation), Is.EqualTo(new[] { "Updated", "Created" }));
        var change = history.Items[0];
        Assert.That(change.Before!.Value.GetProperty("target").GetDecimal(), Is.EqualTo(10m));
        Assert.That(change.After!.Value.GetProperty("target").GetDecimal(), Is.EqualTo(8m));
        Assert.That(change.After!.Value.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "target" }), "only changed properties");
    }

    [Test]
    public async Task KpiHistory_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/kpis/{Guid.CreateVersion7()}/history", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    // ---- Action links ----

    [Test]
    public async Task LinkKpiToAction_Twice_LinksOnceWithoutIfMatchAndAuditsOnce()
    {
        var planId = await NewPlanAsync();
        var actionId = await NewActionAsync(planId, "LINK-1.1");
        var created = await AuditCountAsync("PlanAction", actionId);
        var (kpi, etag) = await CreateKpiAsync(NewKpi(NewTag(), planId));

        using var first = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}/actions/{actionId}", null, ifMatch: null, Json);
        using var again = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}/actions/{actionId}", null, ifMatch: null, Json);

        Assert.That((first.StatusCode, again.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.NoContent)));
        var (linked, linkedETag) = await GetKpiAsync(kpi.Id);
        Assert.That(linked.Actions, Is.EqualTo(new[] { new KpiActionLinkDto(actionId, planId, "LINK-1.1") }));
        Assert.That(linkedETag, Is.EqualTo(etag), "a link is not a change to the KPI record");
        Assert.That(await AuditCountAsync("PlanAction", actionId), Is.EqualTo(created + 1), "the link is audited under the action, once");
    }

    [Test]
    public async Task LinkKpiToAction_SharedKpi_CanMeasureActionsOfAnyPlan()
    {
        var actionId = await NewActionAsync(await NewPlanAsync());
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag(), planId: null));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}/actions/{actionId}", null, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task LinkKpiToAction_KpiOfAnotherPlan_ReturnsValidationProblemNamingActionId()
    {
        var actionId = await NewActionAsync(await NewPlanAsync());
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag(), await NewPlanAsync()));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}/actions/{actionId}", null, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorFields(await response.ProblemAsync()), Is.EqualTo(new[] { "actionId" }));
        Assert.That((await GetKpiAsync(kpi.Id)).Kpi.Actions, Is.Empty);
    }

    [Test]
    public async Task LinkKpiToAction_UnknownKpiOrAction_ReturnsNotFound()
    {
        var planId = await NewPlanAsync();
        var actionId = await NewActionAsync(planId);
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag(), planId));

        using var noKpi = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{Guid.CreateVersion7()}/actions/{actionId}", null, ifMatch: null, Json);
        using var noAction = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}/actions/{Guid.CreateVersion7()}", null, ifMatch: null, Json);
        using var unlinkNoAction = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/kpis/{kpi.Id}/actions/{Guid.CreateVersion7()}", null, ifMatch: null, Json);

        Assert.That(new[] { noKpi.StatusCode, noAction.StatusCode, unlinkNoAction.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task UnlinkKpiFromAction_Linked_RemovesTheLinkAndIsIdempotent()
    {
        var planId = await NewPlanAsync();
        var actionId = await NewActionAsync(planId);
        var created = await AuditCountAsync("PlanAction", actionId);
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag(), planId));
        using (var link = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/kpis/{kpi.Id}/actions/{actionId}", null, ifMatch: null, Json))
        {
            Assert.That(link.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using var unlink = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/kpis/{kpi.Id}/actions/{actionId}", null, ifMatch: null, Json);
        using var again = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/kpis/{kpi.Id}/actions/{actionId}", null, ifMatch: null, Json);

        Assert.That((unlink.StatusCode, again.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.NoContent)));
        Assert.That((await GetKpiAsync(kpi.Id)).Kpi.Actions, Is.Empty);
        Assert.That(await AuditCountAsync("PlanAction", actionId), Is.EqualTo(created + 2), "link and unlink, nothing for the no-op");
    }

    // ---- Measurements ----

    [Test]
    public async Task CreateMeasurement_Valid_ReturnsCreatedAndBecomesTheLatest()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-04-01", "2024-06-30", 40m, "Q1 2024/25"));

        using var response = await Client.PostAsJsonAsync(
            new Uri($"/api/v1/kpis/{kpi.Id}/measurements", UriKind.Relative),
            new CreateKpiMeasurementRequest("Q2 2024/25", new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30), 37.5m, "Police data", "Provisional"),
            Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var measurement = (await response.Content.ReadFromJsonAsync<KpiMeasurementDto>(Json))!;
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/measurements/{measurement.Id}"));
        Assert.That(
            (measurement.KpiId, measurement.PeriodLabel, measurement.Value, measurement.Source, measurement.Note),
            Is.EqualTo((kpi.Id, "Q2 2024/25", 37.5m, "Police data", "Provisional")));
        using var get = await Client.GetAsync(new Uri($"/api/v1/measurements/{measurement.Id}", UriKind.Relative));
        Assert.That(get.ETag(), Is.EqualTo(response.ETag()));
        var latest = (await GetKpiAsync(kpi.Id)).Kpi.LatestMeasurement;
        Assert.That(latest, Is.EqualTo(new KpiLatestMeasurementDto(measurement.Id, "Q2 2024/25", new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30), 37.5m)));
    }

    [Test]
    public async Task CreateMeasurement_PeriodsEndingTheSameDay_TheShorterIsTheLatest()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        var (month, _) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-09-01", "2024-09-30", 5m, "Sep 2024"));
        await CreateMeasurementAsync(kpi.Id, NewMeasurement("2023-10-01", "2024-09-30", 70m, "12 months to Sep 2024"));
        await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-08-01", "2024-08-31", 6m, "Aug 2024"));

        var latest = (await GetKpiAsync(kpi.Id)).Kpi.LatestMeasurement;
        var listed = (await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?q={kpi.Code}")).Items.Single().LatestMeasurement;

        Assert.That(latest?.Id, Is.EqualTo(month.Id));
        Assert.That(listed, Is.EqualTo(latest), "the list computes it the same way");
    }

    [Test]
    public async Task CreateMeasurement_SamePeriodTwice_ReturnsConflictNamingTheExistingOne()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        var (existing, _) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-04-01", "2024-04-30", 1m));

        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/kpis/{kpi.Id}/measurements", UriKind.Relative), NewMeasurement("2024-04-01", "2024-04-30", 2m, "April again"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("existingMeasurementId").GetGuid(), Is.EqualTo(existing.Id));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(existing.Id.ToString()));
    }

    [Test]
    public async Task CreateMeasurement_SamePeriodOnAnotherKpi_IsAllowed()
    {
        var (first, _) = await CreateKpiAsync(NewKpi(NewTag()));
        var (second, _) = await CreateKpiAsync(NewKpi(NewTag()));
        await CreateMeasurementAsync(first.Id, NewMeasurement("2024-04-01", "2024-04-30", 1m));

        await CreateMeasurementAsync(second.Id, NewMeasurement("2024-04-01", "2024-04-30", 1m));
    }

    [TestCase("""{"periodLabel":"Apr","periodStart":"2024-04-30","periodEnd":"2024-04-01","value":1}""", "periodEnd")]
    [TestCase("""{"periodLabel":"@101","periodStart":"2024-04-01","periodEnd":"2024-04-30","value":1}""", "periodLabel")]
    [TestCase("""{"periodLabel":"","periodStart":"2024-04-01","periodEnd":"2024-04-30","value":1}""", "periodLabel")]
    [TestCase("""{"periodLabel":"Apr","periodEnd":"2024-04-30","value":1}""", "periodStart")]
    [TestCase("""{"periodLabel":"Apr","periodStart":"2024-04-01","periodEnd":"2024-04-30"}""", "value")]
    [TestCase("""{"periodLabel":"Apr","periodStart":"2024-04-01","periodEnd":"2024-04-30","value":1,"source":"@501"}""", "source")]
    public async Task CreateMeasurement_InvalidField_ReturnsValidationProblemNamingItAndWritesNothing(string body, string field)
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        body = body.Replace("@101", new string('x', 101), StringComparison.Ordinal).Replace("@501", new string('x', 501), StringComparison.Ordinal);

        using var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/kpis/{kpi.Id}/measurements", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(ErrorFields(problem), Has.Some.EqualTo(field).IgnoreCase, problem.ToString());
        Assert.That((await GetJsonAsync<Page<KpiMeasurementDto>>($"/api/v1/kpis/{kpi.Id}/measurements")).Items, Is.Empty, "nothing is half-written");
    }

    [TestCase("""{"periodLabel":"Apr","periodStart":"2024-04-01","periodEnd":"2024-04-30","value":"lots"}""", "value")]
    [TestCase("""{"periodLabel":"Apr","periodStart":"2024-13-01","periodEnd":"2024-04-30","value":1}""", "periodStart")]
    [TestCase("""{"periodLabel":"Apr","periodStart":"2024-04-01","periodEnd":"2024-04-30","value":1,"kpiId":"x"}""", "kpiId")]
    public async Task CreateMeasurement_MalformedJson_ReturnsProblemNamingThePath(string body, string path)
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));

        using var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/kpis/{kpi.Id}/measurements", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorFields(await response.ProblemAsync()), Has.Some.StartsWith(path));
    }

    [Test]
    public async Task CreateMeasurement_UnknownKpi_ReturnsNotFound()
    {
        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/kpis/{Guid.CreateVersion7()}/measurements", UriKind.Relative), NewMeasurement("2024-04-01", "2024-04-30", 1m), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ListMeasurements_WithLimitAndWindow_PagesByPeriodStart()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        foreach (var (start, end) in new[] { ("2024-06-01", "2024-06-30"), ("2024-04-01", "2024-04-30"), ("2024-05-01", "2024-05-31"), ("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31") })
        {
            await CreateMeasurementAsync(kpi.Id, NewMeasurement(start, end, 1m));
        }

        var first = await GetJsonAsync<Page<KpiMeasurementDto>>($"/api/v1/kpis/{kpi.Id}/measurements?from=2024-04-15&to=2024-06-10&limit=2");
        var second = await GetJsonAsync<Page<KpiMeasurementDto>>($"/api/v1/kpis/{kpi.Id}/measurements?from=2024-04-15&to=2024-06-10&limit=2&cursor={first.NextCursor}");

        Assert.That(
            first.Items.Concat(second.Items).Select(m => m.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Is.EqualTo(new[] { "2024-01-01", "2024-04-01", "2024-05-01", "2024-06-01" }),
            "periods overlapping the window, by start; 2023 is outside");
        Assert.That(second.NextCursor, Is.Null);
    }

    [Test]
    public async Task ListMeasurements_UpdatedSince_ReturnsOnlyRecordedOrCorrectedSince()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        var (corrected, etag) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-04-01", "2024-04-30", 1m));
        await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-05-01", "2024-05-31", 1m));
        await Task.Delay(50);
        var since = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/measurements/{corrected.Id}", new UpdateKpiMeasurementRequest("Apr", new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30), 2m, Source: null, Note: null), etag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var (added, _) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-06-01", "2024-06-30", 1m));

        var changed = await GetJsonAsync<Page<KpiMeasurementDto>>($"/api/v1/kpis/{kpi.Id}/measurements?updatedSince={Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture))}");
        Assert.That(changed.Items.Select(m => m.Id), Is.EqualTo(new[] { corrected.Id, added.Id }));
    }

    [TestCase("from=2024-05-01&to=2024-04-01", "to")]
    [TestCase("limit=500", "limit")]
    [TestCase("cursor=%7B%7D", "cursor")]
    public async Task ListMeasurements_BadQuery_ReturnsValidationProblemNamingIt(string query, string field)
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));

        using var response = await Client.GetAsync(new Uri($"/api/v1/kpis/{kpi.Id}/measurements?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorFields(await response.ProblemAsync()), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task ListMeasurements_UnknownKpi_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/kpis/{Guid.CreateVersion7()}/measurements", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task GetMeasurement_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/measurements/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task UpdateMeasurement_Correction_ChangesItRecordsHistoryAndIssuesANewETag()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        var (measurement, etag) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-04-01", "2024-04-30", 75m, "Apr 2024"));
        var correction = new UpdateKpiMeasurementRequest("April 2024", new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30), 78m, "Police data", "Corrected after audit");

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/measurements/{measurement.Id}", correction, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<KpiMeasurementDto>(Json))!;
        Assert.That((updated.PeriodLabel, updated.Value, updated.Note), Is.EqualTo(("April 2024", 78m, "Corrected after audit")));
        // PostgreSQL keeps microseconds; the creation response carried .NET's ten-millionths.
        Assert.That(updated.RecordedAt, Is.EqualTo(measurement.RecordedAt).Within(TimeSpan.FromMilliseconds(1)), "a correction keeps when it was first recorded");
        Assert.That(updated.UpdatedAt, Is.GreaterThan(measurement.UpdatedAt));
        Assert.That(response.ETag(), Is.Not.EqualTo(etag));
        Assert.That((await GetKpiAsync(kpi.Id)).Kpi.LatestMeasurement?.Value, Is.EqualTo(78m));
        Assert.That(await AuditCountAsync("KpiMeasurement", measurement.Id), Is.EqualTo(2));
    }

    [Test]
    public async Task UpdateMeasurement_ToAPeriodTheKpiHas_ReturnsConflictNamingIt()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        var (april, _) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-04-01", "2024-04-30", 1m));
        var (may, etag) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-05-01", "2024-05-31", 2m));

        using var response = await Client.SendJsonAsync(
            HttpMethod.Put, $"/api/v1/measurements/{may.Id}", new UpdateKpiMeasurementRequest("Apr", new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30), 2m, Source: null, Note: null), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.ProblemAsync()).GetProperty("existingMeasurementId").GetGuid(), Is.EqualTo(april.Id));
    }

    [Test]
    public async Task UpdateMeasurement_WithoutIfMatchOrStale_IsRefused()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        var (measurement, staleETag) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-04-01", "2024-04-30", 1m));
        var request = new UpdateKpiMeasurementRequest("Apr", new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30), 2m, Source: null, Note: null);
        using (var first = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/measurements/{measurement.Id}", request, staleETag, Json))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var missing = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/measurements/{measurement.Id}", request with { Value = 3m }, ifMatch: null, Json);
        using var stale = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/measurements/{measurement.Id}", request with { Value = 3m }, staleETag, Json);

        Assert.That(missing.StatusCode, Is.EqualTo((HttpStatusCode)428));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await stale.ProblemAsync()).GetProperty("current").GetProperty("value").GetDecimal(), Is.EqualTo(2m));
        Assert.That((await GetJsonAsync<KpiMeasurementDto>($"/api/v1/measurements/{measurement.Id}")).Value, Is.EqualTo(2m));
    }

    [Test]
    public async Task DeleteMeasurement_WithCurrentETag_RemovesItAndTheKpiFallsBackToTheEarlierOne()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        var (april, _) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-04-01", "2024-04-30", 1m));
        var (may, etag) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-05-01", "2024-05-31", 2m));

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/measurements/{may.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var get = await Client.GetAsync(new Uri($"/api/v1/measurements/{may.Id}", UriKind.Relative));
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await GetKpiAsync(kpi.Id)).Kpi.LatestMeasurement?.Id, Is.EqualTo(april.Id));
        Assert.That(await AuditCountAsync("KpiMeasurement", may.Id), Is.EqualTo(2), "created and deleted");
    }

    [Test]
    public async Task DeleteMeasurement_WithoutIfMatchOrStale_IsRefused()
    {
        var (kpi, _) = await CreateKpiAsync(NewKpi(NewTag()));
        var (measurement, staleETag) = await CreateMeasurementAsync(kpi.Id, NewMeasurement("2024-04-01", "2024-04-30", 1m));
        using (var update = await Client.SendJsonAsync(
            HttpMethod.Put, $"/api/v1/measurements/{measurement.Id}", new UpdateKpiMeasurementRequest("Apr", new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30), 2m, Source: null, Note: null), staleETag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var missing = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/measurements/{measurement.Id}", null, ifMatch: null, Json);
        using var stale = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/measurements/{measurement.Id}", null, staleETag, Json);

        Assert.That((missing.StatusCode, stale.StatusCode), Is.EqualTo(((HttpStatusCode)428, HttpStatusCode.PreconditionFailed)));
        Assert.That((await GetJsonAsync<KpiMeasurementDto>($"/api/v1/measurements/{measurement.Id}")).Value, Is.EqualTo(2m));
    }
}
