using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Auditing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeliveryTracker.Api.Infrastructure.Database;

/// <summary>Chooses the database: the configured server, or an embedded one started from the machine's binaries.</summary>
public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Tracker";

    /// <summary>
    /// Registers the DbContext. With <c>ConnectionStrings:Tracker</c> set, that server is used and nothing is started;
    /// without it, an embedded PostgreSQL is started now and stopped when the app stops.
    /// </summary>
    /// <exception cref="StartupException">The connection string is malformed or the embedded server cannot start.</exception>
    public static WebApplicationBuilder AddTrackerDatabase(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (BuildContext.IsDocumentGeneration)
        {
            // Writing the OpenAPI document must never touch a database; AddDbContext alone does not connect.
            connectionString = "Host=localhost;Database=document_generation";
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            var options = builder.Configuration.GetSection(EmbeddedPostgresOptions.Section).Get<EmbeddedPostgresOptions>() ?? new();
            EmbeddedPostgres server;
            try
            {
                server = EmbeddedPostgres.Start(options, Console.WriteLine);
            }
            catch (EmbeddedPostgresException ex)
            {
                throw new StartupException($"Embedded PostgreSQL could not start: {ex.Message}", ex);
            }

            builder.Services.AddSingleton(server);
            builder.Services.AddHostedService<EmbeddedPostgresLifetime>();
            connectionString = server.ConnectionString;
        }
        else
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException ex)
            {
                throw new StartupException($"ConnectionStrings:{ConnectionStringName} is not a valid PostgreSQL connection string: {ex.Message}", ex);
            }
        }

        builder.Services.AddSingleton(new TrackerConnection(connectionString));
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AuditActor>();
        builder.Services.AddScoped<AuditInterceptor>();
        builder.Services.AddDbContext<TrackerDbContext>((services, options) => TrackerDatabase
            .Configure((DbContextOptionsBuilder<TrackerDbContext>)options, connectionString)
            .AddInterceptors(services.GetRequiredService<AuditInterceptor>()));
        return builder;
    }
}
