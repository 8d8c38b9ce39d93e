using System.Reflection;
using System.Text.Json.Serialization;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.ApiKeys;
using Microsoft.AspNetCore.Authorization;

namespace DeliveryTracker.Api.Infrastructure.Auth;

/// <summary>
/// The authorization policies, one per kind of access. Every endpoint names one of these with
/// <c>RequireAuthorization</c> (a test fails the build of any that does not). A policy passes for a user holding one
/// of its roles or an API key holding its scope.
/// </summary>
public static class Policies
{
    /// <summary>Read plans and everything in them: every role; keys with <c>plans:read</c>.</summary>
    public const string ReadPlans = "read-plans";

    /// <summary>Change plans and everything in them: programme managers.</summary>
    public const string EditPlans = "edit-plans";

    /// <summary>Post a progress update: programme managers on any action, leads on the actions they lead (checked in the handler).</summary>
    public const string PostProgress = "post-progress";

    /// <summary>Read KPIs and measurements: every role; keys with <c>kpis:read</c>.</summary>
    public const string ReadKpis = "read-kpis";

    /// <summary>Add, correct and remove measurements: programme managers; keys with <c>kpis:write</c>.</summary>
    public const string WriteMeasurements = "write-measurements";

    /// <summary>Read RAG reports: every role; keys with <c>reports:read</c>.</summary>
    public const string ReadReports = "read-reports";

    /// <summary>
    /// The reminders log (who was chased about what, and how delivery went): programme managers, who chase leads, and
    /// administrators, who look after mail delivery. Not board members or viewers: it names partner contacts and mail
    /// failures, which are operational, not delivery, information.
    /// </summary>
    public const string ReadReminders = "read-reminders";

    /// <summary>Users, API keys, the security log and the job dashboard: administrators.</summary>
    public const string Administer = "administer";

    /// <summary>Anyone signed in, by cookie or bearer token (not API keys): their own session.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>
    /// A partner lead's signed update link (<see cref="AuthSchemes.UpdateLink"/>) and nothing else: no user, no key.
    /// The only policy that accepts a link, and a link satisfies no other (its principal has no role and no scope).
    /// </summary>
    public const string UseUpdateLink = "use-update-link";

    /// <summary>The claim type an update link's id travels in (the lead's id is <c>NameIdentifier</c>).</summary>
    public const string UpdateLinkClaim = "update-link";

    /// <summary>The claim type an API key's scopes travel in.</summary>
    public const string ScopeClaim = "scope";

    private static readonly Role[] Everyone = Enum.GetValues<Role>();

    /// <summary>Each policy's roles and the API key scope that also satisfies it (null: keys never do).</summary>
    private static readonly Dictionary<string, (Role[] Roles, ApiKeyScope? Scope)> Definitions = new()
    {
        [ReadPlans] = (Everyone, ApiKeyScope.PlansRead),
        [EditPlans] = ([Role.ProgrammeManager], null),
        [PostProgress] = ([Role.ProgrammeManager, Role.Lead], null),
        [ReadKpis] = (Everyone, ApiKeyScope.KpisRead),
        [WriteMeasurements] = ([Role.ProgrammeManager], ApiKeyScope.KpisWrite),
        [ReadReports] = (Everyone, ApiKeyScope.ReportsRead),
        [ReadReminders] = ([Role.ProgrammeManager, Role.Administrator], null),
        [Administer] = ([Role.Administrator], null),
        [SignedIn] = (Everyone, null),
    };

    /// <summary>The scopes' wire names ("plans:read"), read once from their <see cref="JsonStringEnumMemberNameAttribute"/>.</summary>
    private static readonly Dictionary<ApiKeyScope, string> ScopeNames = Enum.GetValues<ApiKeyScope>().ToDictionary(
        scope => scope,
        scope => typeof(ApiKeyScope).GetField(scope.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name);

    public static void Add(AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        foreach (var (name, (roles, scope)) in Definitions)
        {
            authorization.AddPolicy(name, policy => Allow(policy, roles, scope));
        }

        // Only the link's own scheme is asked, so a session cookie or key sent with it does not count, and the challenge
        // is the link's (401 saying why it was refused).
        authorization.AddPolicy(UseUpdateLink, policy => policy
            .AddAuthenticationSchemes(AuthSchemes.UpdateLink)
            .RequireAuthenticatedUser()
            .RequireClaim(UpdateLinkClaim));

        // No fallback policy: it would also apply to requests with no endpoint, so the SPA's static files and unknown
        // paths would answer 401 instead of serving or 404. The guard is the test that fails for any endpoint without a policy.
    }

    /// <summary>Whether an API key (with the right scope) can satisfy <paramref name="policy"/>.</summary>
    public static bool AcceptsApiKeys(string policy) => Definitions.TryGetValue(policy, out var definition) && definition.Scope is not null;

    /// <summary>The scope's name on the wire, e.g. "plans:read".</summary>
    public static string ScopeName(ApiKeyScope scope) => ScopeNames[scope];

    private static void Allow(AuthorizationPolicyBuilder policy, Role[] roles, ApiKeyScope? scope)
    {
        var roleNames = roles.Select(r => r.ToString()).ToArray();
        var scopeName = scope is { } s ? ScopeName(s) : null;
        policy.RequireAuthenticatedUser().RequireAssertion(context =>
            roleNames.Any(context.User.IsInRole) || (scopeName is not null && context.User.HasClaim(ScopeClaim, scopeName)));
    }
}
