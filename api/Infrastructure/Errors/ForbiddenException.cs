namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>The caller is known but may not do this to this record (e.g. a lead updating an action they do not lead): 403.</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException()
    {
    }

    public ForbiddenException(string message)
        : base(message)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
