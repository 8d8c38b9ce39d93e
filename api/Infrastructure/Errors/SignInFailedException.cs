namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>
/// A sign-in was refused: 401. The message is the same whatever the reason (unknown email, wrong password, locked
/// out, disabled), so the response never tells an attacker which emails have accounts; the security log has the reason.
/// </summary>
public sealed class SignInFailedException : Exception
{
    public SignInFailedException()
        : base($"The email or password is not right, or the account is locked or disabled. After {Auth.Lockout.FailedAttempts} failed attempts an account is locked for {Auth.Lockout.Minutes} minutes.")
    {
    }

    public SignInFailedException(string message)
        : base(message)
    {
    }

    public SignInFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
