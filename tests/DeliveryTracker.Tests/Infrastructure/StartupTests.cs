using System.Diagnostics;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>Runs the built API as a real process to see how it behaves when it cannot start.</summary>
public sealed class StartupTests
{
    [Test]
    public async Task Start_WithUnreachableServer_ExitsFastWithOneClearLine()
    {
        var (exitCode, stderr, elapsed) = await RunApiAsync(("ConnectionStrings__Tracker", "Host=127.0.0.1;Port=1;Database=x;Username=u;Timeout=2"));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1), stderr);
        Assert.That(stderr, Does.StartWith("Delivery Tracker cannot start: Cannot use PostgreSQL at 127.0.0.1:1, database 'x'"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public async Task Start_WithMalformedConnectionString_SaysSoAndExits()
    {
        var (exitCode, stderr, _) = await RunApiAsync(("ConnectionStrings__Tracker", "Hots=nowhere;;Nonsense"));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr, Does.StartWith("Delivery Tracker cannot start: ConnectionStrings:Tracker is not a valid PostgreSQL connection string"));
    }

    [Test]
    public async Task Start_WithAProxyRangeThatIsNotCidr_SaysSoAndExits()
    {
        var (exitCode, stderr, _) = await RunApiAsync(("ConnectionStrings__Tracker", "Host=127.0.0.1;Port=1;Database=x"), ("ReverseProxy__KnownNetworks", "10.0.0.0/8, banana"));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr.Trim(), Is.EqualTo("Delivery Tracker cannot start: ReverseProxy:KnownNetworks has \"banana\", which is not a CIDR range such as 10.0.0.0/8."));
    }

    private static async Task<(int ExitCode, string Stderr, TimeSpan Elapsed)> RunApiAsync(params (string Name, string Value)[] environment)
    {
        var apiDll = Path.Combine(AppContext.BaseDirectory, "DeliveryTracker.Api.dll");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { apiDll, "--urls", "http://127.0.0.1:0" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(startInfo)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The API kept running instead of failing fast.");
        }

        return (process.ExitCode, await stderr, stopwatch.Elapsed);
    }
}
