using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Perf;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// The built API (<c>api/bin/{Configuration}/net10.0/DeliveryTracker.Api.dll</c>, the configuration this test assembly
/// was built in) as a child process in Development (the demo users, whose password the fixture chooses), with a
/// Hangfire server, and an <see cref="HttpClient"/> signed in as the demo programme manager with the session cookie
/// and the <c>X-XSRF-TOKEN</c> header echoing the <c>XSRF-TOKEN</c> cookie, as the SPA does.
/// </summary>
public sealed class ApiChild : IAsyncDisposable
{
    private ApiChild(ApiProcess process, HttpClient client)
    {
        Process = process;
        Client = client;
    }

    public ApiProcess Process { get; }

    /// <summary>Signed in as pm@example.org.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts the API on <paramref name="connectionString"/> with <paramref name="settings"/> (environment names, <c>__</c>) and signs in.</summary>
    public static async Task<ApiChild> StartAsync(
        string connectionString, string demoPassword, IReadOnlyDictionary<string, string> settings, string logFile, Action<int> started)
    {
        ArgumentNullException.ThrowIfNull(started);
        var (root, configuration) = RepositoryAndConfiguration();
        var port = FreeLoopbackPort();
        var environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DEMO_PASSWORD"] = demoPassword,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Spa__RootPath"] = Path.Combine(Path.GetTempPath(), "no-spa-in-api-tests"),
            ["App__PublicBaseUrl"] = $"http://127.0.0.1:{port}",
        };
        var process = await ApiProcess.StartAsync(
            Path.Combine(root, "api", "bin", configuration, "net10.0", "DeliveryTracker.Api.dll"), Path.Combine(root, "api"),
            connectionString, port, logFile, sqlLog: false, CancellationToken.None, environment);
        started(process.ProcessId);
        try
        {
            var cookies = new CookieContainer();
            var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = process.BaseAddress };
            using var signIn = await client.PostAsJsonAsync(new Uri("/api/v1/auth/sign-in", UriKind.Relative), new SignInRequest("pm@example.org", demoPassword));
            if (signIn.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Sign-in as pm@example.org failed with {signIn.StatusCode}: {await signIn.Content.ReadAsStringAsync()}");
            }

            client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", cookies.GetCookies(process.BaseAddress)["XSRF-TOKEN"]!.Value);
            return new ApiChild(process, client);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the process with SIGKILL: no shutdown, no cleanup, as in a crash.</summary>
    public async Task KillAsync() => await Process.KillAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Process.DisposeAsync();
    }

    /// <summary>The repository root (holding <c>DeliveryTracker.slnx</c>) and the build configuration, from this assembly's folder (…/bin/{Configuration}/net10.0/).</summary>
    private static (string Root, string Configuration) RepositoryAndConfiguration()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        for (var folder = output; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DeliveryTracker.slnx")))
            {
                return (folder.FullName, configuration);
            }
        }

        throw new InvalidOperationException($"No DeliveryTracker.slnx above {AppContext.BaseDirectory}.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
