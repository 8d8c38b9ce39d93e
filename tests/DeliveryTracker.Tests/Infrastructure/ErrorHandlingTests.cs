using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Infrastructure;

public sealed class ErrorHandlingTests : ApiFixture
{
    private const string ThrowingPath = "/__test/throw";

    [Test]
    public async Task UnhandledException_OutsideDevelopment_IsAProblemWithoutStackTrace()
    {
        await using var factory = new TrackerApiFactory(ConnectionString).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ThrowingEndpoint>()));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(ThrowingPath, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Not.Contain("secret detail").And.Not.Contain("InvalidOperationException").And.Not.Contain(" at "));
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.That(problem!.Extensions, Does.ContainKey("traceId"));
    }

    [Test]
    public async Task UnknownApiPath_IsANotFoundProblem()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/no-such-resource", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [TestCase("/api/v1/themes?planId=not-a-guid", "planId")]
    [TestCase("/api/v1/themes", "planId")]
    [TestCase("/api/v1/kpis?lifecycle=Bogus", "lifecycle")]
    public async Task BadQueryParameter_IsAValidationProblemNamingItWithoutTypeNames(string path, string parameter)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").TryGetProperty(parameter, out _), Is.True, body);
        Assert.That(body, Does.Not.Contain("Nullable").And.Not.Contain("Guid ").And.Not.Contain("DeliveryTracker"));
    }

    /// <summary>Appends a path that throws, behind the app's own pipeline (so its exception handler sees it).</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path == ThrowingPath
                    ? throw new InvalidOperationException("secret detail")
                    : nextMiddleware(context));
        };
    }
}
