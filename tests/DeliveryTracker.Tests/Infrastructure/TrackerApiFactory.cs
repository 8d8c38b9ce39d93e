using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// The real API, in process, against its own PostgreSQL database (already migrated and seeded), with single sign-on
/// switched on and trusting the test run's own token issuer (<see cref="TestTokens"/>) instead of fetching an
/// identity provider's metadata.
/// </summary>
public sealed class TrackerApiFactory(
    string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Tracker", connectionString);
        builder.UseSetting("Database:Migrate", "false");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Spa:RootPath", Path.Combine(Path.GetTempPath(), "no-spa-in-api-tests"));
        builder.UseSetting("Authentication:SingleSignOn:Authority", TestTokens.Issuer);
        builder.UseSetting("Authentication:SingleSignOn:Audience", TestTokens.Audience);
        // Fixtures sign in many times from one address; the rate-limit tests set their own limits.
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:UpdateLinkPerMinute", "10000");
        // No Hangfire server unless a fixture asks for one (the reminder and delivery tests): each server polls its database.
        builder.UseSetting("Jobs:RunServer", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
            configuration.SigningKeys.Add(TestTokens.Key);
            options.Configuration = configuration;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        }));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
