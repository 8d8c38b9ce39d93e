namespace DeliveryTracker.Api.Infrastructure.Requests;

/// <summary>
/// The query string names a parameter the operation does not take (a misspelt filter would otherwise be ignored and
/// the whole list returned): 400 naming it, with the accepted names in <c>acceptedParameters</c>.
/// </summary>
public sealed class UnknownQueryParameterException : Exception
{
    public UnknownQueryParameterException()
    {
    }

    public UnknownQueryParameterException(string message)
        : base(message)
    {
    }

    public UnknownQueryParameterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnknownQueryParameterException(IReadOnlyList<string> unknown, IReadOnlyList<string> accepted)
        : base("The query string has parameters this operation does not take.")
    {
        Unknown = unknown;
        Accepted = accepted;
    }

    public IReadOnlyList<string> Unknown { get; } = [];

    public IReadOnlyList<string> Accepted { get; } = [];

    /// <summary>The message for one unknown name, listing what the operation does take.</summary>
    public string MessageFor(string name) => Accepted.Count == 0
        ? $"{name} is not a parameter of this operation, which takes no query parameters."
        : $"{name} is not a parameter of this operation. It takes: {string.Join(", ", Accepted)}.";
}
