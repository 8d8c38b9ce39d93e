using System.Diagnostics;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Jobs;

/// <summary>A bad cron expression or time zone for the recurring jobs stops the API at start-up with one line naming the setting.</summary>
public sealed class RecurringJobSettingsTests
{
    private string _connectionString = "";

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _connectionString = await TestPostgres.CreateDatabaseAsync();

    [OneTimeTearDown]
    public async Task DropDatabaseAsync() => await TestPostgres.DropDatabaseAsync(_connectionString);

    [Test]
    public async Task Start_WithABadReminderScanCron_SaysWhichSettingAndExits()
    {
        var (exitCode, stderr) = await RunApiAsync(("Jobs__ReminderScanCron", "every morning"));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr.Trim(), Does.StartWith("Delivery Tracker cannot start: Jobs:ReminderScanCron 'every morning' is not a valid cron expression"));
    }

    [Test]
    public async Task Start_WithAnUnknownTimeZone_SaysWhichSettingAndExits()
    {
        var (exitCode, stderr) = await RunApiAsync(("Jobs__TimeZone", "Europe/Atlantis"));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr.Trim(), Does.StartWith("Delivery Tracker cannot start: Jobs:TimeZone 'Europe/Atlantis' is not a time zone"));
    }

    private async Task<(int ExitCode, string Stderr)> RunApiAsync(params (string Name, string Value)[] environment)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "DeliveryTracker.Api.dll"), "--urls", "http://127.0.0.1:0" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.Environment["ConnectionStrings__Tracker"] = _connectionString;
        startInfo.Environment["Database__Migrate"] = "false";
        startInfo.Environment["Database__SeedDemoData"] = "false";
        startInfo.Environment["Jobs__RunServer"] = "false";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

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
            Assert.Fail("The API kept running instead of failing at start-up.");
        }

        return (process.ExitCode, await stderr);
    }
}
