using System.Globalization;
using System.Threading.RateLimiting;
using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace DeliveryTracker.Api.Infrastructure.Auth;

/// <summary>
/// Rate limits: sign-in attempts per client address (the <see cref="SignInPolicy"/> policy) and requests per API key
/// (every request made with a key). Over the limit the answer is 429 with <c>Retry-After</c> in seconds, as problem
/// details: not the framework's default 503, which would tell a client the service is down.
/// Configuration section <c>RateLimits</c>: <c>SignInPerMinute</c> (default 10), <c>ApiKeyPerMinute</c> (default 600).
/// </summary>
/// <remarks>
/// The counters are per instance: with N instances behind a load balancer a key gets up to N times its limit. That
/// bounds abuse well enough here; a shared limiter would need a shared store.
/// </remarks>
public static class RateLimits
{
    public const string SignInPolicy = "sign-in";

    public static IServiceCollection AddTrackerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var apiKeyPerMinute = configuration.GetValue("RateLimits:ApiKeyPerMinute", 600);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteRejectionAsync;
            options.AddPolicy(SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => PerMinute(signInPerMinute)));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity is { IsAuthenticated: true, AuthenticationType: AuthSchemes.ApiKey }
                    ? RateLimitPartition.GetFixedWindowLimiter("key:" + context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, _ => PerMinute(apiKeyPerMinute))
                    : RateLimitPartition.GetNoLimiter("unlimited"));
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ProblemWriter.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests.", $"Try again in {seconds} seconds.");
    }
}
