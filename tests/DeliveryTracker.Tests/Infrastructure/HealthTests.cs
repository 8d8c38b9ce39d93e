using System.Net;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Infrastructure;

public sealed class HealthTests : ApiFixture
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_WithDatabaseReachable_IsHealthy(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Ready_WhenDatabaseIsGone_IsUnhealthyButLiveStaysUp()
    {
        await using var factory = new TrackerApiFactory(TestPostgres.ConnectionStringFor("database_that_does_not_exist"));
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task OpenApiDocument_IsServedAtRunTime()
    {
        using var response = await Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"/api/v1/plans/{planId}\""));
    }

    [Test]
    public async Task SwaggerUi_IsServed()
    {
        using var response = await Client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
