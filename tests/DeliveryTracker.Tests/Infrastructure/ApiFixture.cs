using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeliveryTracker.Contracts.Accounts;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// Base for fixtures that go through HTTP: a database of their own (a copy of the seeded template), the API in
/// process against it, and an <see cref="HttpClient"/> signed in as a programme manager (a single sign-on bearer
/// token from <see cref="TestTokens"/>). Dropped after the fixture, pass or fail.
/// </summary>
public abstract partial class ApiFixture
{
    /// <summary>The API's JSON conventions: camelCase, enums as strings.</summary>
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private TrackerApiFactory? _factory;

    private readonly List<HttpClient> _clients = [];

    protected string ConnectionString { get; private set; } = "";

    /// <summary>Signed in as a programme manager, who may do everything in plans.</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>Signed in as an administrator (users, keys, the security log).</summary>
    protected HttpClient Administrator { get; private set; } = null!;

    protected TrackerApiFactory Factory => _factory!;

    /// <summary>Settings for this fixture's API on top of the test defaults (e.g. low rate limits).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>
    /// Runs before the API is built, for what <see cref="Settings"/> needs first (a mail server's ports). Then services to
    /// replace in this fixture's API (<see cref="ConfigureServices"/>, e.g. a <see cref="TimeProvider"/> that sets "today").
    /// </summary>
    protected virtual Task BeforeApiStartsAsync() => Task.CompletedTask;

    protected virtual void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    [OneTimeSetUp]
    public async Task StartApiAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        await BeforeApiStartsAsync();
        _factory = new TrackerApiFactory(ConnectionString, Settings, ConfigureServices);
        Client = ClientAs(TestTokens.For(Role.ProgrammeManager));
        Administrator = ClientAs(TestTokens.For(Role.Administrator));
    }

    /// <summary>A client that sends <paramref name="bearerToken"/>; disposed with the fixture.</summary>
    protected HttpClient ClientAs(string bearerToken)
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
        return client;
    }

    /// <summary>A client holding the given roles through a single sign-on token; disposed with the fixture.</summary>
    protected HttpClient ClientAs(params Role[] roles) =>
        ClientAs(TestTokens.For($"{string.Join("-", roles).ToLowerInvariant()}-{Guid.NewGuid():N}@tests.example", roles));

    /// <summary>A client that sends an API key in <c>X-Api-Key</c>; disposed with the fixture.</summary>
    protected HttpClient KeyClient(string key)
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);
        return client;
    }

    /// <summary>A new lead (a person, with a unique name), for tests that link users or actions to one.</summary>
    protected async Task<Guid> CreateLeadAsync()
    {
        using var response = await Client.PostAsJsonAsync(
            new Uri("/api/v1/leads", UriKind.Relative), new Contracts.Leads.CreateLeadRequest($"Lead {Guid.NewGuid():N}", Contracts.Leads.LeadKind.Person), Json);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Contracts.Leads.LeadDto>(Json))!.Id;
    }

    /// <summary>
    /// A client with no credentials, over HTTPS (the session cookie is Secure outside Development, and a client only
    /// sends it over HTTPS); it keeps cookies, so it can sign in. Disposed with the fixture.
    /// </summary>
    protected HttpClient AnonymousClient()
    {
        var client = _factory!.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        _clients.Add(client);
        return client;
    }

    [OneTimeTearDown]
    public async Task StopApiAsync()
    {
        Client?.Dispose();
        Administrator?.Dispose();
        foreach (var client in _clients)
        {
            client.Dispose();
        }
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
