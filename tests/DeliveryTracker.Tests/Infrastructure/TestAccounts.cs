using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.ApiKeys;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>Accounts, sessions and keys made through the API, for tests of who may do what.</summary>
public static class TestAccounts
{
    /// <summary>Meets the password policy (12+ characters, no common words).</summary>
    public const string Password = "amber-kestrel-7-violet";

    /// <summary>A new user (unique email) with <paramref name="roles"/>, created by an administrator.</summary>
    public static async Task<UserDto> CreateUserAsync(HttpClient administrator, IReadOnlyList<Role> roles, Guid? leadId = null, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        var request = new CreateUserRequest($"user-{Guid.NewGuid():N}@tests.example", "Test user", password, roles, leadId);
        using var response = await administrator.PostAsJsonAsync(new Uri("/api/v1/users", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UserDto>(Json))!;
    }

    /// <summary>Signs <paramref name="client"/> in (it keeps the cookies) and makes it echo the XSRF token on every request, as the SPA does.</summary>
    public static async Task<CurrentUserDto> SignInAsync(HttpClient client, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/auth/sign-in", UriKind.Relative), new SignInRequest(email, password), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", XsrfToken(response));
        return (await response.Content.ReadFromJsonAsync<CurrentUserDto>(Json))!;
    }

    /// <summary>The XSRF-TOKEN cookie a response sets.</summary>
    public static string XsrfToken(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var cookie = SetCookies(response).Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        return Uri.UnescapeDataString(cookie["XSRF-TOKEN=".Length..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    public static IEnumerable<string> SetCookies(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
    }

    /// <summary>A new API key with <paramref name="scopes"/>, created by an administrator; returns the key and its record.</summary>
    public static async Task<CreatedApiKeyDto> CreateApiKeyAsync(HttpClient administrator, params ApiKeyScope[] scopes)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        var request = new CreateApiKeyRequest($"Test feed {Guid.NewGuid():N}", scopes, DateTimeOffset.UtcNow.AddDays(30));
        using var response = await administrator.PostAsJsonAsync(new Uri("/api/v1/api-keys", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedApiKeyDto>(Json))!;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}
