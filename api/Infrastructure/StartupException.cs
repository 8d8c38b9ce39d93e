namespace DeliveryTracker.Api.Infrastructure;

/// <summary>The app cannot start; the message is one line that says what is wrong. <c>Program</c> logs it and exits.</summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
