using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Timescales;
using DeliveryTracker.Tests.Features.Actions;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Timescales;

public sealed class TimescaleEndpointsTests : DeliveryPlanFixture
{
    private async Task<TimescaleDto> ParseAsync(ParseTimescaleRequest request)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/timescales/parse", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TimescaleDto>(Json))!;
    }

    [Test]
    public async Task ParseTimescale_AgainstThePlan_ReadsItAsSavingItWould()
    {
        var planId = (await DemoPlanAsync()).Id;

        var parsed = await ParseAsync(new ParseTimescaleRequest("1 July forward", planId));

        // The demo plan starts 1 Apr 2019: "1 July" takes the plan's first year.
        Assert.That(parsed, Is.EqualTo(new TimescaleDto("1 July forward", TimescaleKind.Ongoing, new DateOnly(2019, 7, 1), null, TimescaleConfidence.Medium, false, "year taken from the plan's first year")));
    }

    [Test]
    public async Task ParseTimescale_AgainstAPeriod_UsesThatPeriod()
    {
        var parsed = await ParseAsync(new ParseTimescaleRequest("Annual", PeriodStart: new DateOnly(2024, 4, 1), PeriodEnd: new DateOnly(2024, 12, 31)));

        Assert.That((parsed.Kind, parsed.StartDate, parsed.DueDate), Is.EqualTo((TimescaleKind.Recurring, (DateOnly?)new DateOnly(2024, 4, 1), (DateOnly?)new DateOnly(2024, 12, 31))));
    }

    [Test]
    public async Task ParseTimescale_Unreadable_ComesBackUnknownWithANote()
    {
        var parsed = await ParseAsync(new ParseTimescaleRequest("when pigs fly", PeriodStart: new DateOnly(2024, 4, 1), PeriodEnd: new DateOnly(2025, 3, 31)));

        Assert.That((parsed.Raw, parsed.Kind, parsed.Note), Is.EqualTo(("when pigs fly", TimescaleKind.Unknown, "could not read 'when pigs fly'")));
    }

    [TestCase("""{"text":"May 2020"}""", "periodStart")]
    [TestCase("""{"text":"May 2020","periodStart":"2020-04-01"}""", "periodEnd")]
    [TestCase("""{"text":"May 2020","periodStart":"2021-04-01","periodEnd":"2020-03-31"}""", "periodEnd")]
    [TestCase("""{"text":"May 2020","planId":"0197a000-0000-7000-8000-000000000001","periodStart":"2020-04-01","periodEnd":"2021-03-31"}""", "planId")]
    [TestCase("""{"text":"May 2020","planId":"0197a000-0000-7000-8000-000000000001"}""", "planId")]
    [TestCase("""{"text":"May 2020","periodStart":"April","periodEnd":"2021-03-31"}""", "periodStart")]
    public async Task ParseTimescale_Invalid_ReturnsValidationProblemNamingTheField(string body, string field)
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/timescales/parse", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase, errors.ToString());
    }
}
