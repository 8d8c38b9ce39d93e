namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>A write came without <c>If-Match</c>; it becomes 428 Precondition Required.</summary>
public sealed class PreconditionRequiredException : Exception
{
    public PreconditionRequiredException()
        : base("Send the ETag from your last read of this resource in an If-Match header, so a change made since then is not overwritten.")
    {
    }

    public PreconditionRequiredException(string message)
        : base(message)
    {
    }

    public PreconditionRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
