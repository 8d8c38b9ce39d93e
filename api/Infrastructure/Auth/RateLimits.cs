using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace DeliveryTracker.Api.Infrastructure.Auth;

/// <summary>
/// Rate limits: sign-in attempts per client address (endpoints marked with <see cref="WithSignInRateLimit{TBuilder}"/>),
/// requests to the signed update link's endpoints per client address (<see cref="WithUpdateLinkRateLimit{TBuilder}"/>:
/// reachable without an account, like sign-in) and requests per API key (every request made with a key, whatever the endpoint). Over the limit the answer is 429
/// with <c>Retry-After</c> in seconds, as problem details: not the framework's default 503, which would tell a client
/// the service is down. Every response to a limited request carries <see cref="LimitHeader"/> and
/// <see cref="RemainingHeader"/>, so an integration can slow down before it is refused.
/// Configuration section <c>RateLimits</c>: <c>SignInPerMinute</c> (default 10), <c>UpdateLinkPerMinute</c> (default 30:
/// a partner lead reads the page and posts a few updates), <c>ApiKeyPerMinute</c> (default 600).
/// </summary>
/// <remarks>
/// The counters are per instance: with N instances behind a load balancer a key gets up to N times its limit. That
/// bounds abuse well enough here; a shared limiter would need a shared store. No reset header: the framework's fixed
/// window does not expose when it ends, and a guessed value would mislead; a 429's Retry-After is exact.
/// </remarks>
public static class RateLimits
{
    public const string LimitHeader = "X-RateLimit-Limit";
    public const string RemainingHeader = "X-RateLimit-Remaining";

    public static IServiceCollection AddTrackerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limiters = new Limiters(
            configuration.GetValue("RateLimits:SignInPerMinute", 10),
            configuration.GetValue("RateLimits:UpdateLinkPerMinute", 30),
            configuration.GetValue("RateLimits:ApiKeyPerMinute", 600));
        services.AddSingleton(limiters);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteRejectionAsync;
            options.GlobalLimiter = limiters.All;
        });
        return services;
    }

    /// <summary>The rate limiter, then the limit headers on every limited request that it lets through.</summary>
    public static IApplicationBuilder UseTrackerRateLimits(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        var limiters = app.ApplicationServices.GetRequiredService<Limiters>();
        return app.Use((context, next) =>
        {
            limiters.WriteHeaders(context, refused: false);
            return next(context);
        });
    }

    /// <summary>Limits sign-in attempts on this endpoint per client address.</summary>
    public static TBuilder WithSignInRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SignInAttempts());

    /// <summary>Limits requests to this signed-update-link endpoint per client address.</summary>
    public static TBuilder WithUpdateLinkRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new UpdateLinkUse());

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.RequestServices.GetRequiredService<Limiters>().WriteHeaders(context, refused: true);
        await ProblemWriter.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests.", $"Try again in {seconds} seconds.");
    }

    private sealed class SignInAttempts;

    private sealed class UpdateLinkUse;

    /// <summary>
    /// The limiters, held here rather than built inside the framework's options so the headers can read how many
    /// requests a caller has left.
    /// </summary>
    private sealed class Limiters
    {
        private readonly int _signInPerMinute;
        private readonly int _updateLinkPerMinute;
        private readonly int _apiKeyPerMinute;
        private readonly PartitionedRateLimiter<HttpContext> _signIn;
        private readonly PartitionedRateLimiter<HttpContext> _updateLinks;
        private readonly PartitionedRateLimiter<HttpContext> _apiKeys;

        public Limiters(int signInPerMinute, int updateLinkPerMinute, int apiKeyPerMinute)
        {
            _signInPerMinute = signInPerMinute;
            _updateLinkPerMinute = updateLinkPerMinute;
            _apiKeyPerMinute = apiKeyPerMinute;
            _signIn = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context)
                ? RateLimitPartition.GetFixedWindowLimiter(AddressOf(context), _ => PerMinute(signInPerMinute))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            _updateLinks = PartitionedRateLimiter.Create<HttpContext, string>(context => IsUpdateLink(context)
                ? RateLimitPartition.GetFixedWindowLimiter(AddressOf(context), _ => PerMinute(updateLinkPerMinute))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            _apiKeys = PartitionedRateLimiter.Create<HttpContext, string>(context => KeyOf(context) is { } key
                ? RateLimitPartition.GetFixedWindowLimiter(key, _ => PerMinute(apiKeyPerMinute))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            All = PartitionedRateLimiter.CreateChained(_signIn, _updateLinks, _apiKeys);
        }

        public PartitionedRateLimiter<HttpContext> All { get; }

        /// <summary>The tighter of the limits that apply to this request, if any does.</summary>
        public void WriteHeaders(HttpContext context, bool refused)
        {
            var (limiter, limit) = IsSignIn(context) ? (_signIn, _signInPerMinute)
                : IsUpdateLink(context) ? (_updateLinks, _updateLinkPerMinute)
                : KeyOf(context) is not null ? (_apiKeys, _apiKeyPerMinute)
                : (null, 0);
            if (limiter is null)
            {
                return;
            }

            var remaining = refused ? 0 : limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
            context.Response.Headers[LimitHeader] = limit.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers[RemainingHeader] = remaining.ToString(CultureInfo.InvariantCulture);
        }

        private static bool IsSignIn(HttpContext context) =>
            context.GetEndpoint()?.Metadata.GetMetadata<SignInAttempts>() is not null;

        private static bool IsUpdateLink(HttpContext context) =>
            context.GetEndpoint()?.Metadata.GetMetadata<UpdateLinkUse>() is not null;

        private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

        private static string? KeyOf(HttpContext context) =>
            context.User.Identity is { IsAuthenticated: true, AuthenticationType: AuthSchemes.ApiKey }
                ? "key:" + context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value
                : null;

        private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
