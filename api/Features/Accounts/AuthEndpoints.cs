using System.Security.Claims;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Security;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Idempotency;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Accounts;

/// <summary>Sign-in and sign-out for the SPA's session cookie, and who is signed in.</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapPost("/sign-in", SignIn)
            .WithName("SignIn")
            .WithSummary("Sign in with email and password; sets the session cookie and the XSRF-TOKEN cookie")
            .WithDescription("Every failure is the same 401, whatever the reason. Five failures lock the account for 15 minutes; attempts are rate-limited per client address (429 with Retry-After).")
            .AllowAnonymous()
            .WithSignInRateLimit()
            .WithoutIdempotencyKey()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/sign-out", SignOut)
            .WithName("SignOut")
            .WithSummary("End the session: clears the session and XSRF-TOKEN cookies")
            .RequireAuthorization(Policies.SignedIn)
            .WithoutIdempotencyKey()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapGet("/me", GetCurrentUser)
            .WithName("GetCurrentUser")
            .WithSummary("Who is signed in and their roles; refreshes the XSRF-TOKEN cookie for a cookie session")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        return api;
    }

    public static async Task<Ok<CurrentUserDto>> SignIn(
        SignInRequest request, SignInManager<TrackerUser> signInManager, SecurityLog securityLog, TrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var user = await signInManager.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            // Hash anyway, so an unknown email takes as long as a wrong password and timing does not reveal accounts.
            signInManager.UserManager.PasswordHasher.VerifyHashedPassword(new TrackerUser { DisplayName = "" }, UnknownUserHash, request.Password);
            await securityLog.WriteAsync(SecurityEventKind.SignInFailed, "anonymous", email, "No account has this email.", cancellationToken);
            throw new SignInFailedException();
        }

        var result = await signInManager.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            var (kind, reason) = result switch
            {
                { IsLockedOut: true } => (SecurityEventKind.LockedOut, "The account is locked after repeated failures."),
                { IsNotAllowed: true } => (SecurityEventKind.SignInFailed, "The account is disabled."),
                _ => (SecurityEventKind.SignInFailed, "Wrong password."),
            };
            await securityLog.WriteAsync(kind, "anonymous", user.Email!, reason, cancellationToken);
            throw new SignInFailedException();
        }

        await securityLog.WriteAsync(SecurityEventKind.SignedIn, user.Email!, user.Email!, null, cancellationToken);
        // The XSRF token is bound to the user, so issue it for the principal just signed in, not the anonymous caller.
        http.User = await signInManager.CreateUserPrincipalAsync(user);
        CsrfProtection.IssueToken(http);
        return TypedResults.Ok(await CurrentUserAsync(http.User, db, cancellationToken));
    }

    public static async Task<NoContent> SignOut(SignInManager<TrackerUser> signInManager, SecurityLog securityLog, HttpContext http, CancellationToken cancellationToken)
    {
        var name = http.User.Identity?.Name ?? "anonymous";
        if (http.User.Identity?.AuthenticationType == AuthSchemes.Cookie)
        {
            await signInManager.SignOutAsync();
            CsrfProtection.ForgetToken(http);
        }

        await securityLog.WriteAsync(SecurityEventKind.SignedOut, name, name, null, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<CurrentUserDto>> GetCurrentUser(TrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (http.User.Identity?.AuthenticationType == AuthSchemes.Cookie)
        {
            CsrfProtection.IssueToken(http);
        }

        return TypedResults.Ok(await CurrentUserAsync(http.User, db, cancellationToken));
    }

    /// <summary>A valid hash of a random password, for the unknown-email path to verify against.</summary>
    private static readonly string UnknownUserHash =
        new PasswordHasher<TrackerUser>().HashPassword(new TrackerUser { DisplayName = "" }, Guid.NewGuid().ToString());

    private static async Task<CurrentUserDto> CurrentUserAsync(ClaimsPrincipal user, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
        // One query for the account and the lead it is: /me runs on every page load of the SPA.
        var account = id is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.Email, u.DisplayName, LeadId = db.Leads.Where(l => l.UserId == u.Id).Select(l => (Guid?)l.Id).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        var name = user.Identity?.Name ?? "";
        var roles = Enum.GetValues<Role>().Where(r => user.IsInRole(r.ToString())).ToList();
        return new CurrentUserDto(
            account is null ? null : id,
            account?.Email ?? name,
            account?.DisplayName ?? user.FindFirstValue("name") ?? name,
            roles,
            account?.LeadId,
            user.Identity?.AuthenticationType == AuthSchemes.Cookie ? "cookie" : "bearer");
    }
}
