namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>
/// A write named a version (<c>If-Match</c>) that is no longer current; it becomes 412 Precondition Failed with the
/// current representation and its ETag, so the client can show what changed and retry.
/// </summary>
public sealed class PreconditionFailedException : Exception
{
    public PreconditionFailedException()
        : base("The resource has changed since you read it.")
    {
    }

    public PreconditionFailedException(string message)
        : base(message)
    {
    }

    public PreconditionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PreconditionFailedException(object current, string entityTag)
        : this("The resource has changed since you read it. The current version is in 'current'; apply your change to it and send its ETag.")
    {
        Current = current;
        EntityTag = entityTag;
    }

    /// <summary>The current representation of the resource, when known.</summary>
    public object? Current { get; }

    /// <summary>The current ETag, when known.</summary>
    public string? EntityTag { get; }
}
