using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests;

/// <summary>In the root namespace so it wraps every fixture. Starts the run's PostgreSQL once before any test and removes it after the last, even when tests fail; stops the run's smtp4dev if a fixture started it.</summary>
[SetUpFixture]
public sealed class TestRunSetup
{
    [OneTimeSetUp]
    public static async Task StartDatabaseAsync()
    {
        await TestPostgres.StartAsync();
        await TestContext.Progress.WriteLineAsync($"Test PostgreSQL from {TestPostgres.Source}");
    }

    [OneTimeTearDown]
    public static async Task StopDatabaseAsync()
    {
        await TestSmtp.StopSharedAsync();
        await TestPostgres.StopAsync();
    }
}
