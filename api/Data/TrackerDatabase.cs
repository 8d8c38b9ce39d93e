using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Data;

/// <summary>The one place the EF Core provider is configured, shared by the app, design-time tools and tests.</summary>
public static class TrackerDatabase
{
    public static DbContextOptionsBuilder<TrackerDbContext> Configure(DbContextOptionsBuilder<TrackerDbContext> options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
    }
}
