namespace DeliveryTracker.Api.Infrastructure.Auth;

/// <summary>
/// Single sign-on with an external OpenID Connect provider (Microsoft Entra ID in councils): the SPA or an integration
/// sends the provider's access token as <c>Authorization: Bearer …</c>. Off unless <see cref="Authority"/> is set.
/// Configuration section <c>Authentication:SingleSignOn</c>.
/// </summary>
/// <remarks>
/// For Entra ID: <c>Authority</c> = <c>https://login.microsoftonline.com/{tenant-id}/v2.0</c>, <c>Audience</c> = the
/// API's application ID URI or client id, and app roles named after the roles here (Administrator,
/// ProgrammeManager, Lead, BoardMember, Viewer), which Entra puts in the token's <c>roles</c> claim.
/// </remarks>
public sealed class SingleSignOnOptions
{
    public const string Section = "Authentication:SingleSignOn";

    /// <summary>The issuer's base address; its <c>.well-known/openid-configuration</c> gives the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>The claim that carries role names (Entra: "roles").</summary>
    public string RoleClaim { get; set; } = "roles";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
