namespace DeliveryTracker.Api.Infrastructure.Requests;

/// <summary>The <c>Accept</c> header allows none of the formats the operation answers in: 406, listing them.</summary>
public sealed class NotAcceptableException : Exception
{
    public NotAcceptableException()
    {
    }

    public NotAcceptableException(string message)
        : base(message)
    {
    }

    public NotAcceptableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NotAcceptableException(IReadOnlyList<string> available)
        : base($"This operation answers with {string.Join(" or ", available)}; send one of them (or */*) in Accept, or leave Accept out.")
    {
        Available = available;
    }

    public IReadOnlyList<string> Available { get; } = [];
}
