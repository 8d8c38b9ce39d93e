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

    /// <summary>A signed update link was used: its page read, or an update posted through it.</summary>
    UpdateLinkUsed,

    /// <summary>A signed update link was refused: not valid (tampered or cut short), expired or revoked.</summary>
    UpdateLinkRejected,

    /// <summary>A programme manager revoked a signed update link.</summary>
    UpdateLinkRevoked,
}
