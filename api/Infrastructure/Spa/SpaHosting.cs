using Microsoft.Extensions.FileProviders;

namespace DeliveryTracker.Api.Infrastructure.Spa;

/// <summary>Serves the built SPA (<c>client/dist</c>) and sends unknown non-API paths to its <c>index.html</c>.</summary>
public static class SpaHosting
{
    /// <summary>
    /// Serves the SPA from <c>Spa:RootPath</c> (default <c>../client/dist</c> from the content root) when that folder
    /// has an <c>index.html</c>; otherwise serves nothing, so the API still runs before the client is built.
    /// </summary>
    public static WebApplication UseTrackerSpa(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = Path.GetFullPath(app.Configuration["Spa:RootPath"] ?? Path.Combine(app.Environment.ContentRootPath, "..", "client", "dist"));
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWarning("SPA not found at {Root}: build it with 'npm run build' in client/. The API runs without it.", root);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        // Client-side routes fall back to index.html. Paths that look like files (assets) and API, document, health and
        // tool paths never do: a missing asset or an unknown API path stays a 404.
        // The page itself is public (it shows the sign-in form); everything it shows comes from the API, which is not.
        app.MapFallbackToFile("{*path:nonfile:regex(^(?!api/|openapi/|health/|swagger|hangfire).*$)}", "index.html", new StaticFileOptions { FileProvider = files })
            .AllowAnonymous();
        return app;
    }
}
