using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Kpis;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Tests.Features.Actions;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Data;

/// <summary>
/// The demo plan as the API shows it, checked against the data file (<c>api/Data/Seed/demo-plan.json</c>, the
/// transcription of Appendix 1 of shared/seeds/000_…txt): every row, its leads or "lead to be agreed", its
/// transcription note and the KPI series linked to it. Expected values come from the file, so adding a row there needs
/// no change here; the rows named below are the ones the issue calls out.
/// </summary>
public sealed class DemoPlanApiTests : DeliveryPlanFixture
{
    private static readonly DemoPlanDocument Document = DemoPlanSeeder.ReadDocument();

    private static IEnumerable<DemoAction> FileActions => Document.Themes.SelectMany(t => t.Objectives).SelectMany(o => o.Actions);

    private static DemoAction FileAction(string reference) => FileActions.Single(a => a.Reference == reference);

    private async Task<Dictionary<string, ActionNodeDto>> TreeActionsAsync() =>
        (await DemoPlanAsync()).Themes.SelectMany(t => t.Objectives).SelectMany(o => o.Actions).ToDictionary(a => a.ReferenceCode);

    /// <summary>Every action of the demo plan from <c>GET /api/v1/actions</c>, following the cursor.</summary>
    private async Task<Dictionary<string, ActionSummaryDto>> ListedActionsAsync()
    {
        var planId = (await DemoPlanAsync()).Id;
        var actions = new Dictionary<string, ActionSummaryDto>();
        string? cursor = null;
        do
        {
            var page = await GetJsonAsync<Page<ActionSummaryDto>>(
                $"/api/v1/actions?planId={planId}&limit=200" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            foreach (var action in page.Items)
            {
                actions.Add(action.ReferenceCode, action);
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return actions;
    }

    private static IEnumerable<int> Numbers(DemoAction action) => action.Recommendations.Distinct().Order();

    [Test]
    public async Task GetPlan_DemoPlan_HasTheFilesThemesObjectivesAndActionsInOrder()
    {
        var plan = await DemoPlanAsync();

        Assert.That(
            plan.Themes.Select(t => (t.Code, t.Title, Objectives: t.Objectives.Select(o => (o.Title, Actions: string.Join(",", o.Actions.Select(a => a.ReferenceCode)))).ToList())),
            Is.EqualTo(Document.Themes.Select(t => (t.Code, t.Title, Objectives: t.Objectives.Select(o => (o.Title, Actions: string.Join(",", o.Actions.Select(a => a.Reference)))).ToList()))));
    }

    [Test]
    public async Task GetPlan_DemoPlan_EveryActionHasTheFilesTextLeadsKpiTimescaleRecommendationsAndNote()
    {
        var tree = await TreeActionsAsync();

        Assert.That(tree.Keys, Is.EquivalentTo(FileActions.Select(a => a.Reference)));
        Assert.Multiple(() =>
        {
            foreach (var expected in FileActions)
            {
                var actual = tree[expected.Reference];
                Assert.That(actual.Text, Is.EqualTo(expected.Text), expected.Reference);
                Assert.That(actual.Leads.Select(l => l.Name), Is.EqualTo(expected.Leads), expected.Reference);
                Assert.That(actual.LeadToBeAgreed, Is.EqualTo(expected.LeadToBeAgreed), expected.Reference);
                Assert.That(actual.KpiText, Is.EqualTo(expected.Kpi), expected.Reference);
                Assert.That(actual.Timescale.Raw, Is.EqualTo(expected.Timescale), expected.Reference);
                Assert.That(actual.RecommendationNumbers, Is.EqualTo(Numbers(expected)), expected.Reference);
                Assert.That(actual.SourceNote, Is.EqualTo(expected.SourceNote), expected.Reference);
            }
        });
    }

    [Test]
    public async Task ListActions_DemoPlan_ListsEveryActionOfTheFileWithItsLeadsTimescaleAndRecommendations()
    {
        var listed = await ListedActionsAsync();

        Assert.That(listed.Keys, Is.EquivalentTo(FileActions.Select(a => a.Reference)));
        Assert.Multiple(() =>
        {
            foreach (var expected in FileActions)
            {
                var actual = listed[expected.Reference];
                Assert.That(
                    (actual.Text, string.Join(" / ", actual.Leads.Select(l => l.Name)), actual.LeadToBeAgreed, actual.TimescaleRaw, string.Join(",", actual.RecommendationNumbers)),
                    Is.EqualTo((expected.Text, string.Join(" / ", expected.Leads), expected.LeadToBeAgreed, expected.Timescale, string.Join(",", Numbers(expected)))),
                    expected.Reference);
            }
        });
    }

    [Test]
    public async Task GetAction_CctvUpgradeProgramme_IsTheThirdRowOfTheCctvTable()
    {
        var plan = await DemoPlanAsync();
        var objective = plan.Themes.Single(t => t.Code == "CCTV").Objectives.Single(o => o.Title == "Ensure all public realm CCTV cameras have the most up-to-date capability");
        var node = objective.Actions.Single();

        var action = await GetJsonAsync<ActionDto>($"/api/v1/actions/{node.Id}");

        Assert.Multiple(() =>
        {
            Assert.That(action.Text, Is.EqualTo("Implement a CCTV upgrade programme for those 34 CCTV cameras that have not been upgraded in recent years."));
            Assert.That(action.Leads.Select(l => (l.Name, l.IsPrimary)), Is.EqualTo(new[] { ("Stuart Priestley", true) }));
            Assert.That(action.LeadToBeAgreed, Is.False);
            Assert.That(action.KpiText, Is.EqualTo("All upgraded to latest technology"));
            Assert.That((action.Timescale.Raw, action.Timescale.DueDate), Is.EqualTo(("March 2020", (DateOnly?)new DateOnly(2020, 3, 31))));
            Assert.That(action.RecommendationNumbers, Is.EqualTo(new[] { 1, 2 }));
        });
    }

    [Test]
    public async Task GetAction_Section17Reviews_ShowLeadToBeAgreedAndNoLeads()
    {
        var section17 = FileActions.Where(a => a.Text.StartsWith("Undertake a Section 17 review", StringComparison.Ordinal)).Select(a => a.Reference).ToList();
        Assert.That(section17, Is.Not.Empty, "the Section 17 rows are in the data file");
        var tree = await TreeActionsAsync();
        var listed = await ListedActionsAsync();

        foreach (var reference in section17)
        {
            var action = await GetJsonAsync<ActionDto>($"/api/v1/actions/{tree[reference].Id}");
            Assert.Multiple(() =>
            {
                Assert.That((action.LeadToBeAgreed, action.Leads.Count), Is.EqualTo((true, 0)), reference);
                Assert.That((tree[reference].LeadToBeAgreed, listed[reference].LeadToBeAgreed), Is.EqualTo((true, true)), reference);
            });
        }
    }

    [Test]
    public async Task GetAction_ActionsWithAnEmptyLeadCell_AreNotMarkedLeadToBeAgreed()
    {
        // The Lead cell of these rows is blank, not "To be agreed": no lead, and no agreed-lead state either.
        var blank = FileActions.Where(a => a.Leads.Count == 0 && !a.LeadToBeAgreed).Select(a => a.Reference).ToList();
        Assert.That(blank, Is.Not.Empty);
        var tree = await TreeActionsAsync();

        Assert.That(blank.Select(r => (r, tree[r].LeadToBeAgreed, tree[r].Leads.Count)), Is.EqualTo(blank.Select(r => (r, false, 0))));
    }

    [Test]
    public async Task GetAction_WithATranscriptionNoteInTheFile_ReturnsIt()
    {
        // ASB-1.2 was rebuilt from a merged row of the garbled ASB table.
        var expected = FileAction("ASB-1.2").SourceNote;
        Assert.That(expected, Does.Contain("merged row"));

        var action = await GetJsonAsync<ActionDto>($"/api/v1/actions/{(await SeededActionAsync("ASB-1.2")).Id}");

        Assert.That(action.SourceNote, Is.EqualTo(expected));
    }

    [Test]
    public async Task GetKpi_DomesticAbuseAttendance_MeasuresTheActionsTheFileLinks()
    {
        var kpis = await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?planId={(await DemoPlanAsync()).Id}&limit=200");
        var summary = kpis.Items.Single(k => k.Code == "RESPONSE-DA-NONEMERG-60MIN");
        Assert.That((summary.Target, summary.LatestMeasurement?.Value), Is.EqualTo(((decimal?)90m, (decimal?)75m)), "75% against a target of 90%");

        var kpi = await GetJsonAsync<KpiDto>($"/api/v1/kpis/{summary.Id}");
        var action = await GetJsonAsync<ActionDto>($"/api/v1/actions/{(await SeededActionAsync("VAWG-7.2")).Id}");

        Assert.Multiple(() =>
        {
            // VAWG-7.2 monitors how the new Police Command Units respond to survivors (KPI column "VAWG Strategy MPS Action Plan").
            Assert.That(kpi.Actions.Select(a => a.ReferenceCode), Is.EqualTo(new[] { "VAWG-7.2" }));
            Assert.That(action.Kpis.Select(k => k.Code), Does.Contain("RESPONSE-DA-NONEMERG-60MIN"));
        });
    }

    [Test]
    public async Task GetKpi_EverySeededKpi_MeasuresExactlyTheActionsThatNameItInTheFile()
    {
        var planId = (await DemoPlanAsync()).Id;
        var kpis = await GetJsonAsync<Page<KpiSummaryDto>>($"/api/v1/kpis?planId={planId}&limit=200");
        Assert.That(kpis.Items.Select(k => k.Code), Is.EquivalentTo(Document.Kpis.Select(k => k.Code)));
        Assert.That(FileActions.Count(a => a.KpiCodes.Contains("SYV-OFFENCES")), Is.GreaterThan(0), "serious youth violence counts measure the SYV actions");

        foreach (var summary in kpis.Items)
        {
            var kpi = await GetJsonAsync<KpiDto>($"/api/v1/kpis/{summary.Id}");
            var expected = FileActions.Where(a => a.KpiCodes.Contains(kpi.Code)).Select(a => a.Reference);
            Assert.That(kpi.Actions.Select(a => a.ReferenceCode), Is.EquivalentTo(expected), kpi.Code);
        }
    }
}
