namespace DeliveryTracker.Api.Infrastructure.Database;

/// <summary>Stops the embedded PostgreSQL server when the app stops.</summary>
internal sealed class EmbeddedPostgresLifetime(EmbeddedPostgres server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        server.Dispose();
        return Task.CompletedTask;
    }
}
