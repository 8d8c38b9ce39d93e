using DeliveryTracker.Contracts.Accounts;

namespace DeliveryTracker.Api.Infrastructure.Auth;

/// <summary>
/// The OpenAPI document and Swagger UI are open in Development, where people explore the API; elsewhere they need a
/// signed-in user (any role), like the API they describe. The Hangfire dashboard needs an administrator everywhere (Jobs/JobsSetup.cs).
/// </summary>
public static class ToolAccess
{
    public static IEndpointConventionBuilder MapTrackerOpenApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var document = app.MapOpenApi();
        return app.Environment.IsDevelopment() ? document.AllowAnonymous() : document.RequireAuthorization(Policies.SignedIn);
    }

    /// <summary>Swagger UI is middleware, not an endpoint, so the same rule is applied here, before it.</summary>
    public static WebApplication UseTrackerToolAccess(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/swagger") && !Enum.GetNames<Role>().Any(context.User.IsInRole))
            {
                context.Response.StatusCode = context.User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
                return;
            }

            await next(context);
        });
        return app;
    }
}
