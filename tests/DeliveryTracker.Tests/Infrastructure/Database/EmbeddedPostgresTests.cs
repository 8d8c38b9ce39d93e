using DeliveryTracker.Api.Infrastructure.Database;
using Npgsql;

namespace DeliveryTracker.Tests.Infrastructure.Database;

public sealed class EmbeddedPostgresTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "delivery-tracker-tests", $"embedded-{Guid.CreateVersion7():N}");
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task Start_Twice_KeepsDataAcrossRestarts()
    {
        var options = new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_root, "pg"), Database = "persisted" };
        using (var first = EmbeddedPostgres.Start(options, _ => { }))
        {
            await ExecuteAsync(first.ConnectionString, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
        }

        using var second = EmbeddedPostgres.Start(options, _ => { });
        await using var connection = new NpgsqlConnection(second.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT value FROM kept", connection);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("still here"));
    }

    [Test]
    public void Start_OnAFolderThatIsNotACluster_RefusesAndLeavesItUntouched()
    {
        var folder = Path.Combine(_root, "not-a-cluster");
        Directory.CreateDirectory(folder);
        var precious = Path.Combine(folder, "notes.txt");
        File.WriteAllText(precious, "do not delete");

        var error = Assert.Throws<EmbeddedPostgresException>(() =>
            EmbeddedPostgres.Start(new EmbeddedPostgresOptions { DataDirectory = folder }, _ => { }));

        Assert.That(error!.Message, Does.Contain(folder).And.Contain("not a PostgreSQL cluster"));
        Assert.That(File.ReadAllText(precious), Is.EqualTo("do not delete"));
        Assert.That(Directory.GetFileSystemEntries(folder), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Start_AfterTheOwningProcessDied_TakesOverTheRunningServer()
    {
        var options = new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_root, "pg"), Database = "orphaned" };
        // Simulates a killed app: the server is started and never stopped by its owner.
        var orphan = EmbeddedPostgres.Start(options, _ => { });

        using var next = EmbeddedPostgres.Start(options, _ => { });

        Assert.That(next.Port, Is.Not.EqualTo(orphan.Port));
        await ExecuteAsync(next.ConnectionString, "SELECT 1");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
