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

    /// <summary>Users, API keys, the security log and the job dashboard: administrators.</summary>
    public const string Administer = "administer";

    /// <summary>Anyone signed in, by cookie or bearer token (not API keys): their own session.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>The claim type an API key's scopes travel in.</summary>
    public const string ScopeClaim = "scope";

    private static readonly Role[] Everyone = Enum.GetValues<Role>();

    public static void Add(AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        authorization
            .AddPolicy(ReadPlans, p => Allow(p, Everyone, ApiKeyScope.PlansRead))
            .AddPolicy(EditPlans, p => Allow(p, [Role.ProgrammeManager], scope: null))
            .AddPolicy(PostProgress, p => Allow(p, [Role.ProgrammeManager, Role.Lead], scope: null))
            .AddPolicy(ReadKpis, p => Allow(p, Everyone, ApiKeyScope.KpisRead))
            .AddPolicy(WriteMeasurements, p => Allow(p, [Role.ProgrammeManager], ApiKeyScope.KpisWrite))
            .AddPolicy(ReadReports, p => Allow(p, Everyone, ApiKeyScope.ReportsRead))
            .AddPolicy(Administer, p => Allow(p, [Role.Administrator], scope: null))
            .AddPolicy(SignedIn, p => Allow(p, Everyone, scope: null));
        // No fallback policy: it would also apply to requests with no endpoint, so the SPA's static files and unknown
        // paths would answer 401 instead of serving or 404. The guard is the test that fails for any endpoint without a policy.
    }

    /// <summary>The scope's name on the wire, e.g. "plans:read".</summary>
    public static string ScopeName(ApiKeyScope scope) => scope switch
    {
        ApiKeyScope.PlansRead => "plans:read",
        ApiKeyScope.KpisRead => "kpis:read",
        ApiKeyScope.ReportsRead => "reports:read",
        ApiKeyScope.KpisWrite => "kpis:write",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    private static void Allow(AuthorizationPolicyBuilder policy, Role[] roles, ApiKeyScope? scope)
    {
        var roleNames = roles.Select(r => r.ToString()).ToArray();
        var scopeName = scope is { } s ? ScopeName(s) : null;
        policy.RequireAuthenticatedUser().RequireAssertion(context =>
            roleNames.Any(context.User.IsInRole) || (scopeName is not null && context.User.HasClaim(ScopeClaim, scopeName)));
    }
}
