using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Timescales;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DeliveryTracker.Tests.Features.Plans;

public sealed class PlanEndpointsTests : ApiFixture
{
    private const string DemoPlanTitle = "Building Safer Communities – Delivery Plan";

    private static readonly DemoPlanDocument Document = DemoPlanSeeder.ReadDocument();

    private async Task<PlanDto> GetDemoPlanAsync()
    {
        var plans = await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans");
        var summary = plans.Items.Single(p => p.Title == DemoPlanTitle);
        return await GetJsonAsync<PlanDto>($"/api/v1/plans/{summary.Id}");
    }

    [Test]
    public async Task ListPlans_WithDemoData_ListsTheDemoPlanWithItsCounts()
    {
        var plans = await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans");

        var demo = plans.Items.Single(p => p.Title == DemoPlanTitle);
        Assert.Multiple(() =>
        {
            Assert.That(demo.ThemeCount, Is.EqualTo(Document.Themes.Count));
            Assert.That(demo.ActionCount, Is.EqualTo(Document.Themes.SelectMany(t => t.Objectives).Sum(o => o.Actions.Count)));
            Assert.That(demo.PeriodStart, Is.EqualTo(new DateOnly(2019, 4, 1)));
            Assert.That(demo.Status, Is.EqualTo(PlanStatus.Active));
        });
    }

    [Test]
    public async Task GetPlan_DemoPlan_HasEveryThemeObjectiveAndActionOfTheDocumentInOrder()
    {
        var plan = await GetDemoPlanAsync();

        // demo-plan.json is the transcription of Appendix 1 of shared/seeds/000_…txt (its sourceNotes explain split rows).
        var shape = plan.Themes.Select(t => (t.Code, Objectives: t.Objectives.Count, Actions: t.Objectives.Sum(o => o.Actions.Count))).ToList();
        Assert.That(shape, Is.EqualTo(Document.Themes.Select(t => (t.Code, Objectives: t.Objectives.Count, Actions: t.Objectives.Sum(o => o.Actions.Count)))));
        Assert.That(plan.Themes.Select(t => t.Position), Is.Ordered.And.Unique);
        Assert.That(plan.Themes.SelectMany(t => t.Objectives).SelectMany(o => o.Actions).Select(a => a.ReferenceCode), Is.Unique);
    }

    [Test]
    public async Task GetPlan_DemoPlan_FirstActionCarriesLeadsTimescaleAndRecommendations()
    {
        var plan = await GetDemoPlanAsync();

        var action = plan.Themes[0].Objectives[0].Actions[0];
        Assert.Multiple(() =>
        {
            Assert.That(action.ReferenceCode, Is.EqualTo("SYV-1.1"));
            Assert.That(action.Text, Does.StartWith("Embed contextual safeguarding"));
            Assert.That(action.Leads.Select(l => (l.Name, l.IsPrimary)), Is.EqualTo(new[] { ("Natasha Bishopp", true) }));
            Assert.That(action.Timescale.Raw, Is.EqualTo("September 2019"));
            Assert.That(action.Timescale.Kind, Is.EqualTo(TimescaleKind.ByDate));
            Assert.That(action.Timescale.DueDate, Is.EqualTo(new DateOnly(2019, 9, 30)));
            Assert.That(action.RecommendationNumbers, Is.EqualTo(new[] { 29 }));
        });
    }

    [Test]
    public async Task GetPlan_ActionWithSeveralLeads_ListsPrimaryFirstAndEachLeadSeparately()
    {
        var plan = await GetDemoPlanAsync();

        var action = plan.Themes.SelectMany(t => t.Objectives).SelectMany(o => o.Actions).Single(a => a.ReferenceCode == "SYV-1.2");
        Assert.That(action.Leads.Select(l => l.Name), Is.EqualTo(new[] { "Aman Jaswal", "Stacie Smith" }));
        Assert.That(action.Leads.Count(l => l.IsPrimary), Is.EqualTo(1));
        Assert.That(action.Leads[0].IsPrimary, Is.True);
        Assert.That(action.Leads.Select(l => l.Kind), Is.All.EqualTo(LeadKind.Person));
    }

    [Test]
    public async Task GetPlan_EnDashRangeAndStartOnlyTimescales_AreReadAsThePlanWrote()
    {
        var plan = await GetDemoPlanAsync();
        var actions = plan.Themes.SelectMany(t => t.Objectives).SelectMany(o => o.Actions).ToList();

        var range = actions.Single(a => a.Timescale.Raw == "March 2019 – March 2020").Timescale;
        Assert.That((range.Kind, range.StartDate, range.DueDate), Is.EqualTo((TimescaleKind.Range, (DateOnly?)new DateOnly(2019, 3, 1), (DateOnly?)new DateOnly(2020, 3, 31))));
        var commence = actions.Single(a => a.Timescale.Raw == "Commence September 2019").Timescale;
        Assert.That((commence.Kind, commence.StartDate, commence.DueDate), Is.EqualTo((TimescaleKind.StartOnly, (DateOnly?)new DateOnly(2019, 9, 1), (DateOnly?)null)));
        Assert.That(actions.Where(a => a.Timescale.Raw == "1 July forward").Select(a => a.Timescale.StartDate), Is.All.EqualTo(new DateOnly(2019, 7, 1)));
    }

    [Test]
    public async Task GetPlan_UnknownId_ReturnsNotFoundProblem()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/plans/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.That(problem!.Status, Is.EqualTo(404));
    }

    [Test]
    public async Task GetPlan_MalformedId_ReturnsNotFoundProblemRatherThanServerError()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/plans/not-a-guid", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ListPlans_ReportsSupportedApiVersions()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.That(response.Headers.GetValues("api-supported-versions"), Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public async Task ListPlans_UndocumentedVersion_IsRefusedWithProblem()
    {
        using var response = await Client.GetAsync(new Uri("/api/v2/plans", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.AnyOf(400, 404));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
