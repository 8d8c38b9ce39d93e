using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;

namespace DeliveryTracker.Api.Infrastructure.Auth;

/// <summary>The authentication schemes and how a request picks one.</summary>
public static class AuthSchemes
{
    /// <summary>The default scheme: forwards to one of the others by what the request carries.</summary>
    public const string Selector = "tracker";

    /// <summary>The SPA's session cookie (ASP.NET Core Identity).</summary>
    public static readonly string Cookie = IdentityConstants.ApplicationScheme;

    /// <summary>Bearer tokens from the organisation's identity provider (single sign-on), when configured.</summary>
    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>Integration keys: <c>Authorization: ApiKey …</c> or <c>X-Api-Key</c>.</summary>
    public const string ApiKey = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>
    /// A partner lead's signed update link: <c>Authorization: UpdateLink …</c>. Accepted only by
    /// <see cref="Policies.UseUpdateLink"/>; every other policy refuses its principal (it has no role and no scope).
    /// </summary>
    public const string UpdateLink = "UpdateLink";

    /// <summary>
    /// The scheme for this request: an <c>Authorization</c> header decides (Bearer, ApiKey, UpdateLink), then <c>X-Api-Key</c>,
    /// else the cookie. A bearer token when single sign-on is off goes to the cookie scheme and so is not accepted.
    /// </summary>
    public static string For(HttpContext context, bool bearerEnabled)
    {
        ArgumentNullException.ThrowIfNull(context);
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && bearerEnabled)
        {
            return Bearer;
        }

        if (authorization.StartsWith("ApiKey ", StringComparison.OrdinalIgnoreCase) || context.Request.Headers.ContainsKey(ApiKeyHeader))
        {
            return ApiKey;
        }

        if (authorization.StartsWith(UpdateLink + " ", StringComparison.OrdinalIgnoreCase))
        {
            return UpdateLink;
        }

        return Cookie;
    }
}
