using System.Net.Sockets;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Api.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeliveryTracker.Api.Infrastructure.Database;

/// <summary>Applies migrations, loads the demo plan and creates the first administrator (and demo users in Development) at start-up.</summary>
public static class DatabasePreparation
{
    /// <summary>
    /// Migrates the database (unless <c>Database:Migrate</c> is false) and loads the demo plan when
    /// <c>Database:SeedDemoData</c> is true (the default) and it is not there yet.
    /// </summary>
    /// <exception cref="StartupException">The server cannot be reached or refuses the connection.</exception>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (BuildContext.IsDocumentGeneration)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        try
        {
            if (app.Configuration.GetValue("Database:Migrate", true))
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            if (app.Configuration.GetValue("Database:SeedDemoData", true))
            {
                var seeder = scope.ServiceProvider.GetRequiredService<DemoPlanSeeder>();
                await seeder.SeedAsync(cancellationToken);
            }

            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException || ex.InnerException is NpgsqlException or SocketException)
        {
            var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
            throw new StartupException(
                $"Cannot use PostgreSQL at {target.Host}:{target.Port}, database '{target.Database}': {ex.GetBaseException().Message}", ex);
        }
    }
}
