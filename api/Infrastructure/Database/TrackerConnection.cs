namespace DeliveryTracker.Api.Infrastructure.Database;

/// <summary>The connection string in use (configured, or the embedded server's), for the parts that connect without EF: Hangfire's storage.</summary>
public sealed record TrackerConnection(string ConnectionString);
