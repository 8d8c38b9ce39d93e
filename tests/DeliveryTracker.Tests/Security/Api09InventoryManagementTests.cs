using System.Net;
using System.Text.Json;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// OWASP API9:2023 Improper Inventory Management: only the documented version answers. Every documented path is under
/// /api/v1; other versions, unversioned paths and undocumented debugging paths answer nothing useful.
/// </summary>
public sealed class Api09InventoryManagementTests : ApiFixture
{
    [Test]
    public async Task TheDocument_ListsOnlyVersionOnePaths()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(paths, Is.Not.Empty.And.All.StartsWith("/api/v1/"));
    }

    [TestCase("/api/v2/plans")]
    [TestCase("/api/v0/plans")]
    [TestCase("/api/v1.1/plans")]
    [TestCase("/api/v2.0/users")]
    [TestCase("/api/plans")]
    [TestCase("/api/v1/debug")]
    [TestCase("/api/v1/admin")]
    [TestCase("/api/v1/users/export")]
    [TestCase("/openapi/v2.json")]
    public async Task UndocumentedPath_DoesNotAnswer(string path)
    {
        var everyRole = ClientAs(Enum.GetValues<Contracts.Accounts.Role>());

        using var response = await everyRole.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.InRange(400, 499), $"{path} answered {(int)response.StatusCode}");
    }

    [Test]
    public async Task Responses_ReportTheSupportedVersions()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/plans", UriKind.Relative));

        Assert.That(string.Join(",", response.Headers.GetValues("api-supported-versions")), Is.EqualTo("1"));
    }
}
