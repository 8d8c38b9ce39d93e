using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// A real mail server for the delivery tests: smtp4dev (the <c>Rnwood.Smtp4dev</c> local dotnet tool) on free loopback
/// ports, messages in memory. <see cref="SharedAsync"/> starts one lazily for the whole run (stopped by
/// <see cref="TestRunSetup"/>); a test that stops and restarts the server (SMTP down) takes one of its own
/// (<see cref="StartNewAsync"/>) so it never pulls the server from under other fixtures. Received messages are read from
/// its REST API (<c>GET /api/Messages</c>, <c>/api/Messages/{id}/html</c> and <c>/plaintext</c>).
/// </summary>
public sealed class TestSmtp : IAsyncDisposable
{
    private static readonly SemaphoreSlim SharedGate = new(1, 1);
    private static TestSmtp? _shared;

    private readonly HttpClient _http;
    private readonly int _webPort;
    private readonly int _imapPort;
    private readonly int _pop3Port;
    private Process? _process;

    private TestSmtp()
    {
        _webPort = FreePort();
        SmtpPort = FreePort();
        _imapPort = FreePort();
        _pop3Port = FreePort();
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_webPort}") };
    }

    public int SmtpPort { get; }

    /// <summary>The id of the running <c>dotnet tool run smtp4dev</c> process (the server is its child), or null when stopped.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>The API's <c>Email:Smtp:*</c> settings pointing at this server (no TLS, as locally).</summary>
    public IReadOnlyDictionary<string, string?> ApiSettings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:SecureSocketOptions"] = "None",
        ["Email:Smtp:From"] = "Delivery Tracker <reminders@tests.example>",
    };

    /// <summary>The run's shared server, started on first use.</summary>
    public static async Task<TestSmtp> SharedAsync()
    {
        await SharedGate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                var smtp = new TestSmtp();
                await smtp.StartAsync();
                _shared = smtp;
            }

            return _shared;
        }
        finally
        {
            SharedGate.Release();
        }
    }

    /// <summary>A server of the caller's own (dispose it), for tests that stop and start it.</summary>
    public static async Task<TestSmtp> StartNewAsync()
    {
        var smtp = new TestSmtp();
        await smtp.StartAsync();
        return smtp;
    }

    internal static async Task StopSharedAsync()
    {
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
            _shared = null;
        }
    }

    /// <summary>Starts (or starts again, on the same ports) and waits until both its web API and SMTP port answer.</summary>
    public async Task StartAsync()
    {
        if (_process is not null)
        {
            return;
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "tool", "run", "smtp4dev", "--",
            $"--urls=http://127.0.0.1:{_webPort}", $"--smtpport={SmtpPort}", $"--imapport={_imapPort}", $"--pop3port={_pop3Port}",
            "--db=", "--nousersettings", "--messagestokeep=5000", "--bindaddress=127.0.0.1",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        // Drained so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = Stopwatch.StartNew();
        while (!await AnswersAsync())
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(120))
            {
                await StopAsync();
                throw new InvalidOperationException($"smtp4dev did not become ready on ports {_webPort}/{SmtpPort} (run `dotnet tool restore`).");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Stops the server (SMTP refuses connections until <see cref="StartAsync"/>); received messages are lost.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message received for <paramref name="address"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> MessagesToAsync(string address)
    {
        var page = await _http.GetFromJsonAsync<JsonElement>(new Uri("/api/Messages?pageSize=5000&sortIsDescending=false", UriKind.Relative));
        var messages = new List<ReceivedEmail>();
        foreach (var message in page.GetProperty("results").EnumerateArray())
        {
            var to = message.GetProperty("to");
            var recipients = to.ValueKind == JsonValueKind.Array ? to.EnumerateArray().Select(t => t.GetString() ?? "").ToList() : [to.GetString() ?? ""];
            if (recipients.Any(r => r.Contains(address, StringComparison.OrdinalIgnoreCase)))
            {
                messages.Add(new ReceivedEmail(message.GetProperty("id").GetString()!, message.GetProperty("subject").GetString() ?? ""));
            }
        }

        return messages;
    }

    /// <summary>How many messages it holds (for the benchmark and the SMTP-down test).</summary>
    public async Task<int> CountAsync()
    {
        var page = await _http.GetFromJsonAsync<JsonElement>(new Uri("/api/Messages?pageSize=1", UriKind.Relative));
        return page.GetProperty("rowCount").GetInt32();
    }

    public async Task<string> HtmlAsync(ReceivedEmail email) =>
        await _http.GetStringAsync(new Uri($"/api/Messages/{email.Id}/html", UriKind.Relative));

    public async Task<string> PlainTextAsync(ReceivedEmail email) =>
        await _http.GetStringAsync(new Uri($"/api/Messages/{email.Id}/plaintext", UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var response = await _http.GetAsync(new Uri("/api/Messages?pageSize=1", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            using var smtp = new TcpClient();
            await smtp.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or SocketException or TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The folder holding <c>.config/dotnet-tools.json</c>, where <c>dotnet tool run</c> finds smtp4dev.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".config", "dotnet-tools.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No .config/dotnet-tools.json above the test binaries: cannot run smtp4dev.");
    }
}

/// <summary>A message smtp4dev received: its id in smtp4dev and its subject.</summary>
public sealed record ReceivedEmail(string Id, string Subject);
