using Asp.Versioning;
using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Api.Features.Accounts;
using DeliveryTracker.Api.Features.ApiKeys;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.Kpis;
using DeliveryTracker.Api.Features.Leads;
using DeliveryTracker.Api.Features.Objectives;
using DeliveryTracker.Api.Features.Plans;
using DeliveryTracker.Api.Features.ProgressUpdates;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Features.Reminders;
using DeliveryTracker.Api.Features.Reviews;
using DeliveryTracker.Api.Features.Security;
using DeliveryTracker.Api.Features.Themes;
using DeliveryTracker.Api.Features.Timescales;
using DeliveryTracker.Api.Features.Webhooks;
using DeliveryTracker.Api.Infrastructure;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Database;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Hardening;
using DeliveryTracker.Api.Infrastructure.Health;
using DeliveryTracker.Api.Infrastructure.Idempotency;
using DeliveryTracker.Api.Infrastructure.OpenApi;
using DeliveryTracker.Api.Infrastructure.Requests;
using DeliveryTracker.Api.Infrastructure.Spa;
using DeliveryTracker.Api.Infrastructure.Writes;
using DeliveryTracker.Api.Jobs;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddTrackerDatabase();
    builder.Services.AddTrackerProblemDetails();
    builder.Services.AddTrackerApi();
    builder.Services.AddTrackerHealthChecks();
    builder.Services.AddAutoMapper(options => options.LicenseKey = builder.Configuration["AutoMapper:LicenseKey"], typeof(Program).Assembly);
    builder.Services.AddScoped<DemoPlanSeeder>();
    builder.Services.AddScoped<AccountSeeder>();
    builder.Services.AddSingleton<WebhookUrlPolicy>();
    builder.Services.AddScoped<DigestDispatch>();
    builder.Services.AddScoped<ReminderScan>();
    builder.Services.AddScoped<ReminderScanJob>();
    builder.Services.AddTrackerJobs(builder.Configuration);
    builder.Services.AddTrackerReverseProxy(builder.Configuration);
    builder.Services.AddSingleton<LondonClock>();
    builder.Services.AddSingleton<OperationCatalogue>();
    builder.AddTrackerAuth();
    builder.WebHost.ConfigureKestrel(RequestHeadLimits.ConfigureServer);

    var app = builder.Build();
    app.UseForwardedHeaders();
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    app.UseMiddleware<SecurityHeaders>();
    if (!app.Environment.IsDevelopment())
    {
        app.UseHsts();
    }

    app.UseMiddleware<RequestHeadLimits>();
    app.UseMiddleware<RequestBodyLimit>();
    app.UseAuthentication();
    app.UseTrackerRateLimits();
    app.UseMiddleware<CsrfProtection>();
    app.UseAuthorization();
    app.UseTrackerToolAccess();
    app.UseMiddleware<AcceptNegotiation>();
    app.UseMiddleware<QueryStringGuard>();
    app.UseMiddleware<IdempotencyMiddleware>();
    app.UseMiddleware<ReplacementBody>();

    app.MapTrackerOpenApi();
    app.UseSwaggerUI(options =>
    {
        options.SwaggerEndpoint("/openapi/v1.json", "Delivery Tracker API v1");
        options.RoutePrefix = "swagger";
    });
    app.MapTrackerHealthChecks();

    var v1 = app.NewVersionedApi("DeliveryTracker").MapGroup("/api/v{version:apiVersion}").HasApiVersion(new ApiVersion(1));
    v1.MapPlanEndpoints();
    v1.MapPlanDashboardEndpoints();
    v1.MapThemeEndpoints();
    v1.MapKpiEndpoints();
    v1.MapKpiMeasurementEndpoints();
    v1.MapActionListEndpoints();
    v1.MapLeadEndpoints();
    v1.MapReviewEndpoints();
    v1.MapRecommendationEndpoints();
    v1.MapObjectiveEndpoints();
    v1.MapActionEndpoints();
    v1.MapProgressUpdateEndpoints();
    v1.MapTimescaleEndpoints();
    v1.MapAuthEndpoints();
    v1.MapUserEndpoints();
    v1.MapApiKeyEndpoints();
    v1.MapSecurityEventEndpoints();
    v1.MapWebhookEndpoints();
    v1.MapReminderScanEndpoints();

    app.UseTrackerSpa();

    await app.PrepareDatabaseAsync();
    if (await app.PrepareJobStorageAsync())
    {
        app.RegisterRecurringJobs();
    }

    app.MapTrackerJobDashboard();
    await app.RunAsync();
    return 0;
}
catch (StartupException ex)
{
    // One clear line, no stack trace: the message says what is wrong and what to set.
    await Console.Error.WriteLineAsync($"Delivery Tracker cannot start: {ex.Message}");
    return 1;
}

/// <summary>The API's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
