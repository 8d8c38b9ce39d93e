using System.Diagnostics;
using System.Globalization;

namespace DeliveryTracker.Perf;

/// <summary>
/// The real API as a child process (<c>dotnet DeliveryTracker.Api.dll</c>) on a given database, in Production mode
/// with migrations and the demo seed off and logging at Warning (the <c>environment</c> of
/// <see cref="StartAsync"/> overrides any of these); its output goes to a log file. Shared by the perf command and the
/// test project's cross-process fault tests, which link this file.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();

    private ApiProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the API and waits until <c>/health/ready</c> answers 200.</summary>
    /// <exception cref="InvalidOperationException">The API exited or was not ready within two minutes (the log is quoted).</exception>
    public static async Task<ApiProcess> StartAsync(
        string apiDll, string contentRoot, string connectionString, int port, string logFile, bool sqlLog, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { apiDll, "--urls", baseAddress.ToString().TrimEnd('/'), "--contentRoot", contentRoot },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ConnectionStrings__Tracker"] = connectionString,
                ["Database__Migrate"] = "false",
                ["Database__SeedDemoData"] = "false",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
                // A load test: the key's limiter still runs on every request, but must not refuse the load.
                ["RateLimits__ApiKeyPerMinute"] = "100000000",
            },
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        if (sqlLog)
        {
            startInfo.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        }

        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        var api = new ApiProcess(process, log, baseAddress);
        process.OutputDataReceived += (_, e) => api.Log(e.Data);
        process.ErrorDataReceived += (_, e) => api.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await WaitUntilReadyAsync(process, baseAddress, logFile, cancellationToken);
            return api;
        }
        catch
        {
            // Never leave the child running: a failed or cancelled start stops it too.
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>Resident set size now (VmRSS), in bytes.</summary>
    public long ResidentBytes() => ReadStatus("VmRSS:");

    /// <summary>The highest resident set size since the process started (VmHWM), in bytes.</summary>
    public long PeakResidentBytes() => ReadStatus("VmHWM:");

    /// <summary>Kills the API with SIGKILL (no shutdown: a crash) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Stops the API with SIGTERM (graceful shutdown), killing it if it has not exited after 10 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        lock (_logLock)
        {
            _log.Dispose();
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            _log.WriteLine(line);
        }
    }

    private long ReadStatus(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                // "VmRSS:	  123456 kB"
                var kilobytes = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private static async Task WaitUntilReadyAsync(Process process, Uri baseAddress, string logFile, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 120;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {process.ExitCode}; see {logFile}:{Environment.NewLine}{await TailAsync(logFile)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet, or too slow to answer on a busy machine.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new InvalidOperationException($"The API was not ready within 120 s; see {logFile}.");
    }

    private static async Task<string> TailAsync(string file)
    {
        var lines = await File.ReadAllLinesAsync(file);
        return string.Join(Environment.NewLine, lines.TakeLast(20));
    }
}
