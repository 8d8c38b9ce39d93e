using System.Security.Claims;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Contracts.Accounts;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Infrastructure.Auth;

/// <summary>
/// Turns a validated provider token into this service's principal: name from the token's email or sign-in name,
/// roles from its role claims (names that are not a <see cref="Role"/> are ignored), and the id of the account here
/// with the same email, if any, so a lead signing in through the provider is still linked to their actions.
/// </summary>
internal static class SingleSignOnPrincipal
{
    private static readonly string[] NameClaims = ["email", "preferred_username", "upn", "sub"];

    private static readonly string[] RoleNames = Enum.GetNames<Role>();

    public static async Task OnTokenValidatedAsync(TokenValidatedContext context, string roleClaim)
    {
        var token = context.Principal!;
        var name = NameClaims.Select(token.FindFirstValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (name is null)
        {
            context.Fail("The token names no user (email, preferred_username, upn or sub).");
            return;
        }

        var identity = new ClaimsIdentity(AuthSchemes.Bearer, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        if (token.FindFirstValue("name") is { } displayName)
        {
            identity.AddClaim(new Claim("name", displayName));
        }

        // Exact names only (ignoring case): Enum.TryParse would also take "0" or " administrator" as a role.
        foreach (var role in token.FindAll(roleClaim).Select(c => RoleNames.FirstOrDefault(n => string.Equals(n, c.Value, StringComparison.OrdinalIgnoreCase))).OfType<string>().Distinct())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<TrackerDbContext>();
        var normalised = name.ToUpperInvariant();
        var account = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalised)
            .Select(u => new { u.Id, u.Disabled })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (account is { Disabled: true })
        {
            context.Fail("The account is disabled.");
            return;
        }

        if (account is not null)
        {
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()));
        }

        context.Principal = new ClaimsPrincipal(identity);
    }
}
