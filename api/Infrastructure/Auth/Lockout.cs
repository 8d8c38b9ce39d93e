namespace DeliveryTracker.Api.Infrastructure.Auth;

/// <summary>How many failed sign-ins lock an account, and for how long: set in Identity and told to users in one place.</summary>
public static class Lockout
{
    public const int FailedAttempts = 5;

    public const int Minutes = 15;
}
