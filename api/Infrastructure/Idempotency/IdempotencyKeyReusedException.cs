namespace DeliveryTracker.Api.Infrastructure.Idempotency;

/// <summary>An <c>Idempotency-Key</c> was sent again with a different body: 422.</summary>
public sealed class IdempotencyKeyReusedException : Exception
{
    public IdempotencyKeyReusedException()
        : base("This Idempotency-Key was already used for a request with a different body. Use a new key for a new request.")
    {
    }

    public IdempotencyKeyReusedException(string message)
        : base(message)
    {
    }

    public IdempotencyKeyReusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
