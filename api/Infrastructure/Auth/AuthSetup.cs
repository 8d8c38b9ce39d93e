using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Accounts;
using DeliveryTracker.Api.Features.ApiKeys;
using DeliveryTracker.Api.Features.Security;
using DeliveryTracker.Api.Features.UpdateLinks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DeliveryTracker.Api.Infrastructure.Auth;

/// <summary>
/// Who the caller is and what they may do: ASP.NET Core Identity accounts with a session cookie for the SPA,
/// optional single sign-on bearer tokens, API keys for integrations, signed update links for partner leads without an account, CSRF protection for the cookie, and the
/// authorization policies.
/// </summary>
public static class AuthSetup
{
    /// <summary>How long a session lasts without activity; each request within it extends it.</summary>
    private static readonly TimeSpan SessionLength = TimeSpan.FromHours(8);

    public static WebApplicationBuilder AddTrackerAuth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var secureCookies = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        services.AddIdentityCore<TrackerUser>(options =>
            {
                // NCSC guidance: length over composition rules; the validator below refuses the obvious ones.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = Lockout.FailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(Lockout.Minutes);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // A disabled account is "not confirmed" (see DisabledAccountConfirmation), so it cannot sign in.
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<TrackerDbContext>()
            .AddSignInManager()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddScoped<IUserConfirmation<TrackerUser>, DisabledAccountConfirmation>();
        // A disabled user's or a changed role's cookie stops working within a minute (the security stamp changes).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        // Options are read when first needed, not here, so settings added by a host (or a test) after this call count.
        services.AddOptions<SingleSignOnOptions>().BindConfiguration(SingleSignOnOptions.Section);
        services.AddAuthentication(AuthSchemes.Selector)
            .AddPolicyScheme(AuthSchemes.Selector, "Cookie, bearer token, API key or update link", options =>
                options.ForwardDefaultSelector = context =>
                    AuthSchemes.For(context, context.RequestServices.GetRequiredService<IOptions<SingleSignOnOptions>>().Value.Enabled))
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = "DeliveryTracker.Session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = secureCookies;
                options.ExpireTimeSpan = SessionLength;
                options.SlidingExpiration = true;
                // An API answers 401/403 (as problem details, through the status code pages), never a redirect to a login page.
                options.Events.OnRedirectToLogin = context => SetStatus(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => SetStatus(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, options => { })
            .AddScheme<AuthenticationSchemeOptions, UpdateLinkAuthenticationHandler>(AuthSchemes.UpdateLink, options => { })
            // Registered always, used only when SingleSignOnOptions.Authority is set (see the selector above).
            .AddJwtBearer(AuthSchemes.Bearer, options => { });
        services.AddOptions<JwtBearerOptions>(AuthSchemes.Bearer).Configure<IOptions<SingleSignOnOptions>>((options, singleSignOn) =>
        {
            var sso = singleSignOn.Value;
            options.Authority = sso.Authority;
            options.Audience = sso.Audience;
            options.MapInboundClaims = false;
            options.TokenValidationParameters.ValidateAudience = !string.IsNullOrWhiteSpace(sso.Audience);
            options.Events = new JwtBearerEvents { OnTokenValidated = context => SingleSignOnPrincipal.OnTokenValidatedAsync(context, sso.RoleClaim) };
        });

        // Keys in PostgreSQL: every instance reads the same cookies, and a restart signs nobody out.
        var dataProtection = services.AddDataProtection().SetApplicationName("DeliveryTracker");
        if (!BuildContext.IsDocumentGeneration)
        {
            dataProtection.PersistKeysToDbContext<TrackerDbContext>();
        }

        Policies.Add(services.AddAuthorizationBuilder());
        services.AddAntiforgery(options =>
        {
            options.HeaderName = CsrfProtection.HeaderName;
            options.Cookie.Name = "DeliveryTracker.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secureCookies;
            // The security headers middleware sets X-Frame-Options for every response.
            options.SuppressXFrameOptionsHeader = true;
        });
        services.AddScoped<SecurityLog>();
        services.AddSingleton<UpdateLinkToken>();
        services.AddHttpContextAccessor();
        services.AddTrackerRateLimits(builder.Configuration);
        return builder;
    }

    private static Task SetStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
