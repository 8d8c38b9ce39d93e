using DeliveryTracker.Api.Data;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeliveryTracker.Tests.Data;

public sealed class MigrationTests
{
    [Test]
    public async Task Migrations_OnAnEmptyDatabase_ApplyAndLeaveNoModelChangesPending()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(template: null);
        try
        {
            await using var db = new TrackerDbContext(TrackerDatabase.Configure(new(), connectionString).Options);
            await db.Database.MigrateAsync();

            Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
            Assert.That(db.Database.HasPendingModelChanges(), Is.False, "The model has changed since the last migration: add one.");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    [Test]
    public async Task VersionColumn_IsPostgresXmin_SoConcurrentWritesAreDetected()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('version', 'xmin')", connection);

            // xmin is a system column, so information_schema lists no user column of that name: a real "version" or
            // "xmin" column here would be one that never changes, and stale writes would win silently.
            Assert.That(await command.ExecuteScalarAsync(), Is.Zero);

            await using var db = new TrackerDbContext(TrackerDatabase.Configure(new(), connectionString).Options);
            var plan = await db.Plans.FirstAsync();
            var before = plan.Version;
            plan.SourceDocument += " (checked)";
            await db.SaveChangesAsync();
            Assert.That(plan.Version, Is.Not.EqualTo(before));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }
}
