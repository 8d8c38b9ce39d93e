using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// Base for fixtures that go through HTTP: a database of their own (a copy of the seeded template), the API in
/// process against it, and an <see cref="HttpClient"/>. Dropped after the fixture, pass or fail.
/// </summary>
public abstract class ApiFixture
{
    /// <summary>The API's JSON conventions: camelCase, enums as strings.</summary>
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private TrackerApiFactory? _factory;

    protected string ConnectionString { get; private set; } = "";

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartApiAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        _factory = new TrackerApiFactory(ConnectionString);
        Client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopApiAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }

    protected async Task<T> GetJsonAsync<T>(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That(response.IsSuccessStatusCode, Is.True, $"GET {path} returned {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }
}
