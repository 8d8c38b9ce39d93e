namespace DeliveryTracker.Api.Infrastructure.Database;

/// <summary>The embedded PostgreSQL server could not be prepared or started; the message says why and what to do.</summary>
public sealed class EmbeddedPostgresException : Exception
{
    public EmbeddedPostgresException()
    {
    }

    public EmbeddedPostgresException(string message)
        : base(message)
    {
    }

    public EmbeddedPostgresException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
