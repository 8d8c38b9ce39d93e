namespace DeliveryTracker.Contracts.Security;

/// <summary>What happened, in the security log.</summary>
public enum SecurityEventKind
{
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    UserCreated,
    RolesChanged,
    UserDisabled,
    UserEnabled,
    ApiKeyCreated,
    ApiKeyRevoked,
    ApiKeyUsed,
    ApiKeyRejected,
}
