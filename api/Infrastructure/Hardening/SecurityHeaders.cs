namespace DeliveryTracker.Api.Infrastructure.Hardening;

/// <summary>
/// Headers on every response that tell browsers to be strict: no MIME sniffing, no framing, no referrer, a content
/// security policy that allows only this origin's own scripts and styles, and no access to cameras and the like.
/// HSTS is added outside Development by <c>UseHsts</c> (for HTTPS requests).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The SPA loads only its own bundled scripts, styles, fonts and images.</summary>
    internal const string ContentSecurityPolicy = $"default-src 'self'; script-src 'self'; style-src 'self'; {Rest}";

    /// <summary>Swagger UI and the Hangfire dashboard set inline styles on their own elements; they get those and nothing else more.</summary>
    private const string ToolContentSecurityPolicy = $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; {Rest}";

    private const string Rest = "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger") || context.Request.Path.StartsWithSegments("/hangfire") ? ToolContentSecurityPolicy : ContentSecurityPolicy;
        return next(context);
    }
}
