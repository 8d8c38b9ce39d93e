using System.Net;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Security;

/// <summary>
/// OWASP API8:2023 Security Misconfiguration: strict browser headers on every response (errors too), CORS closed,
/// no stack traces (see also ErrorHandlingTests), and the API's own tools (OpenAPI document, Swagger UI) closed to
/// anonymous callers outside Development.
/// </summary>
public sealed class Api08SecurityMisconfigurationTests : ApiFixture
{
    [TestCase("/api/v1/plans", true)]
    [TestCase("/api/v1/plans", false)]
    [TestCase("/api/v1/no-such-thing", true)]
    [TestCase("/health/live", false)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path, bool signedIn)
    {
        using var anonymous = AnonymousClient();
        using var response = await (signedIn ? Client : anonymous).GetAsync(new Uri(path, UriKind.Relative));

        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
        Assert.Multiple(() =>
        {
            Assert.That(Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
            Assert.That(Header("X-Frame-Options"), Is.EqualTo("DENY"));
            Assert.That(Header("Referrer-Policy"), Is.EqualTo("no-referrer"));
            Assert.That(Header("Content-Security-Policy"), Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe"));
            Assert.That(Header("Permissions-Policy"), Does.Contain("camera=()"));
            Assert.That(Header("Server"), Is.Empty.Or.Not.Contain("/"), "no server version");
        });
    }

    [Test]
    public async Task Cors_PreflightFromAnotherOrigin_IsNotAllowed()
    {
        using var anonymous = AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/v1/plans", UriKind.Relative));
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "DELETE");
        request.Headers.Add("Access-Control-Request-Headers", "x-xsrf-token");

        using var preflight = await anonymous.SendAsync(request);
        using var simple = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/plans", UriKind.Relative));
        simple.Headers.Add("Origin", "https://evil.example");
        using var read = await Client.SendAsync(simple);

        Assert.That(preflight.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        Assert.That(read.Headers.Contains("Access-Control-Allow-Origin") || read.Headers.Contains("Access-Control-Allow-Credentials"), Is.False);
    }

    [TestCase("/openapi/v1.json")]
    [TestCase("/swagger/index.html")]
    public async Task ApiTools_OutsideDevelopment_NeedASignedInUser(string path)
    {
        using var anonymous = AnonymousClient();
        var viewer = ClientAs(Role.Viewer);

        using var refused = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
        using var allowed = await viewer.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((refused.StatusCode, allowed.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.OK)));
    }

    [Test]
    public async Task ValidationProblem_NamesTheFieldButNoInternals()
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/leads", """{"name":"x","kind":"Person","organisationId":"not-a-guid"}""", null, Json);

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body, Does.Contain("organisationId").And.Not.Contain("System.").And.Not.Contain("   at ").And.Not.Contain("Npgsql"));
    }
}
