namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>
/// Input that is well-formed but wrong against stored data (an unknown lead, a recommendation number outside the
/// review): 400 with the same <c>errors</c> shape as annotation validation, keyed by the request's field names.
/// </summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException()
    {
    }

    public RequestValidationException(string message)
        : base(message)
    {
    }

    public RequestValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RequestValidationException(string field, string error)
        : this(new Dictionary<string, string[]> { [field] = [error] })
    {
    }

    public RequestValidationException(IDictionary<string, string[]> errors)
        : base("One or more fields are not valid.")
    {
        Errors = errors;
    }

    public IDictionary<string, string[]> Errors { get; } = new Dictionary<string, string[]>();
}
