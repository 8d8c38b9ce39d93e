namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>A body came in a media type the operation does not take (e.g. a PATCH that is not a merge patch): 415.</summary>
public sealed class UnsupportedMediaTypeException : Exception
{
    public UnsupportedMediaTypeException()
    {
    }

    public UnsupportedMediaTypeException(string message)
        : base(message)
    {
    }

    public UnsupportedMediaTypeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
