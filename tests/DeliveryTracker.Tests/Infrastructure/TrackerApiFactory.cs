using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>The real API, in process, against its own PostgreSQL database (already migrated and seeded).</summary>
public sealed class TrackerApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Tracker", connectionString);
        builder.UseSetting("Database:Migrate", "false");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Spa:RootPath", Path.Combine(Path.GetTempPath(), "no-spa-in-api-tests"));
    }
}
