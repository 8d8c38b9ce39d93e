namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>The request conflicts with the state of other records (e.g. a delete while others depend on it): 409.</summary>
public sealed class ConflictException : Exception
{
    public ConflictException()
    {
    }

    public ConflictException(string message)
        : base(message)
    {
    }

    public ConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConflictException(string message, IReadOnlyDictionary<string, object?> details)
        : base(message)
    {
        Details = details;
    }

    /// <summary>Extra members for the problem body, e.g. <c>dependents</c>: what depends on the resource.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; } = new Dictionary<string, object?>();
}
