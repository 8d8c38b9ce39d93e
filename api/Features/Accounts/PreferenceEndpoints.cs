using System.Security.Claims;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Idempotency;
using DeliveryTracker.Contracts.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Accounts;

/// <summary>
/// The signed-in user's own settings (email reminders on or off). A small read and set pair rather than a versioned
/// PUT/PATCH resource: only its owner writes it, it holds one flag, and the last choice made is the one that counts.
/// </summary>
public static class PreferenceEndpoints
{
    public static IEndpointRouteBuilder MapPreferenceEndpoints(this IEndpointRouteBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Preferences");

        me.MapGet("/preferences", GetMyPreferences)
            .WithName("GetMyPreferences")
            .WithSummary("The signed-in user's own settings: whether reminders are also emailed")
            .WithDescription("404 for a single sign-on user who has no account here.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);

        me.MapPost("/preferences", SetMyPreferences)
            .WithName("SetMyPreferences")
            .WithSummary("Set the signed-in user's own settings: whether reminders are also emailed")
            .WithDescription("Every setting is required. Idempotent: setting the same values again changes nothing. The change is audited.")
            .RequireAuthorization(Policies.SignedIn)
            .WithoutIdempotencyKey()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Ok<PreferencesDto>, NotFound>> GetMyPreferences(TrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var userId = UserId(http.User);
        var preferences = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new PreferencesDto(u.EmailReminders))
            .FirstOrDefaultAsync(cancellationToken);
        return preferences is null ? TypedResults.NotFound() : TypedResults.Ok(preferences);
    }

    public static async Task<Results<Ok<PreferencesDto>, NotFound>> SetMyPreferences(
        PreferencesRequest request, TrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var userId = UserId(http.User);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        // A tracked change, so the audit interceptor records it (TrackerUser, EmailReminders before and after).
        user.EmailReminders = request.EmailReminders;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PreferencesDto(user.EmailReminders));
    }

    private static Guid UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
}
