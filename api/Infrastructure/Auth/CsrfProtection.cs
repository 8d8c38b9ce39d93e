using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Antiforgery;

namespace DeliveryTracker.Api.Infrastructure.Auth;

/// <summary>
/// Cross-site request forgery protection for the session cookie. The API hands the SPA a token in the readable
/// <c>XSRF-TOKEN</c> cookie (at sign-in and on <c>GET /auth/me</c>); every unsafe request authenticated by the cookie
/// must echo it in <c>X-XSRF-TOKEN</c>. The token is ASP.NET Core antiforgery's, bound to the signed-in user and to
/// its own HttpOnly cookie, so a token from another session or user is refused. Bearer tokens and API keys are not
/// sent by browsers on their own, so they need no token.
/// </summary>
public sealed class CsrfProtection(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "X-XSRF-TOKEN";

    public const string CookieName = "XSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsSafe(context.Request.Method)
            && context.User.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type == AuthSchemes.Cookie
            && !await antiforgery.IsRequestValidAsync(context))
        {
            throw new ForbiddenException($"The request has no valid {HeaderName} header: send the value of the {CookieName} cookie (refresh it with GET /api/v1/auth/me).");
        }

        await next(context);
    }

    /// <summary>Issues a token for the current user (set <c>HttpContext.User</c> first, right after a sign-in).</summary>
    public static void IssueToken(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            // The SPA's script reads it to echo it back; that is the point of the pattern.
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps || !context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment(),
            Path = "/",
        });
    }

    public static void ForgetToken(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
    }

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
