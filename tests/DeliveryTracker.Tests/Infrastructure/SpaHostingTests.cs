using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace DeliveryTracker.Tests.Infrastructure;

public sealed class SpaHostingTests : ApiFixture
{
    private string _spaRoot = "";
    private HttpClient _client = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory = null!;

    [OneTimeSetUp]
    public void ServeAFakeBuild()
    {
        _spaRoot = Path.Combine(Path.GetTempPath(), "delivery-tracker-tests", $"spa-{Guid.CreateVersion7():N}");
        Directory.CreateDirectory(Path.Combine(_spaRoot, "assets"));
        File.WriteAllText(Path.Combine(_spaRoot, "index.html"), "<!doctype html><title>spa shell</title>");
        File.WriteAllText(Path.Combine(_spaRoot, "assets", "app.js"), "console.log('app')");
        _factory = new TrackerApiFactory(ConnectionString).WithWebHostBuilder(builder => builder.UseSetting("Spa:RootPath", _spaRoot));
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task RemoveFakeBuild()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        Directory.Delete(_spaRoot, recursive: true);
    }

    [TestCase("/")]
    [TestCase("/plans/0198c9a6-0000-7000-8000-000000000000")]
    public async Task ClientRoute_ServesTheShell(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("spa shell"));
    }

    [Test]
    public async Task Asset_IsServedAsItself()
    {
        using var response = await _client.GetAsync(new Uri("/assets/app.js", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("console.log('app')"));
    }

    [TestCase("/assets/missing.js")]
    [TestCase("/api/v1/no-such-resource")]
    public async Task MissingAssetOrApiPath_IsNotFoundRatherThanTheShell(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("spa shell"));
    }
}
