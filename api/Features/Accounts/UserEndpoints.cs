using System.Security.Claims;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Security;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Api.Infrastructure.Writes;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Accounts;

/// <summary>User accounts and their roles, for administrators. Every change of roles or access goes to the security log.</summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");

        users.MapGet("/", ListUsers)
            .WithName("ListUsers")
            .WithSummary("List user accounts in the order they were created")
            .RequireAuthorization(Policies.Administer)
            .ProducesValidationProblem();

        users.MapGet("/{userId:guid}", GetUser)
            .WithName("GetUser")
            .WithSummary("Get a user account with its roles")
            .RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPost("/", CreateUser)
            .WithName("CreateUser")
            .WithSummary("Create a user account with a first password and roles")
            .WithDescription("The email must be new (409 otherwise). A user with the Lead role must be linked to a lead that has no other user.")
            .RequireAuthorization(Policies.Administer)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        users.MapPut("/{userId:guid}", UpdateUser)
            .WithName("UpdateUser")
            .RequireAuthorization(Policies.Administer)
            .WithSummary("Replace a user's name, roles, lead and disabled flag")
            .WithDescription("Needs If-Match. The user's open sessions pick up the change within a minute. The last enabled administrator cannot lose the role or be disabled, and administrators cannot disable themselves or remove their own Administrator role (409).")
            .ReplacesRepresentation<UpdateUserRequest, UserDto>();

        users.MapPatch("/{userId:guid}", PatchUser)
            .WithName("PatchUser")
            .RequireAuthorization(Policies.Administer)
            .WithSummary("Change a user's name, roles, lead or disabled flag")
            .AcceptsMergePatch<UpdateUserRequest, UserDto>();

        return api;
    }

    public static async Task<Ok<Page<UserDto>>> ListUsers(
        TrackerDbContext db, TimeProvider time, HttpContext http, [AsParameters] PageParameters page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (limit, cursor) = page;
        var size = Keyset.Limit(limit);
        var after = Keyset.After<IdCursor>(cursor);
        var rows = await db.Users
            .Where(u => after == null || u.Id > after.Id)
            .OrderBy(u => u.Id)
            .Take(size + 1)
            .Rows(db)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok(Keyset.ToPage(http, rows.Select(r => r.ToDto(now)).ToList(), size, u => new IdCursor(u.Id)));
    }

    public static async Task<Results<Ok<UserDto>, NotFound>> GetUser(Guid userId, TrackerDbContext db, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var row = await db.Users.Where(u => u.Id == userId).Rows(db).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, row.Version);
        return TypedResults.Ok(row.ToDto(time.GetUtcNow()));
    }

    public static async Task<Created<UserDto>> CreateUser(
        CreateUserRequest request, UserManager<TrackerUser> users, TrackerDbContext db, SecurityLog securityLog, TimeProvider time, HttpContext http,
        CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var roles = request.Roles.Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException($"There is already a user with the email {email}.");
        }

        var user = new TrackerUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = request.DisplayName.Trim() };
        Check(await users.CreateAsync(user, request.Password), "password");
        Check(await users.AddToRolesAsync(user, roles.Select(r => r.ToString())), "roles");
        await LinkLeadAsync(db, user.Id, roles, request.LeadId, cancellationToken);
        securityLog.Add(SecurityEventKind.UserCreated, http.User.Identity!.Name!, email, $"Roles: {string.Join(", ", roles.Order())}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var row = await db.Users.Where(u => u.Id == user.Id).Rows(db).FirstAsync(cancellationToken);
        EntityTag.Set(http, row.Version);
        return TypedResults.Created($"/api/v1/users/{user.Id}", row.ToDto(time.GetUtcNow()));
    }

    public static Task<Results<Ok<UserDto>, NotFound>> UpdateUser(
        Guid userId, UpdateUserRequest request, UserManager<TrackerUser> users, TrackerDbContext db, SecurityLog securityLog, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
        WriteAsync(userId, _ => Task.FromResult(request), users, db, securityLog, time, http, cancellationToken);

    public static async Task<Results<Ok<UserDto>, NotFound>> PatchUser(
        Guid userId, UserManager<TrackerUser> users, TrackerDbContext db, SecurityLog securityLog, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(http, cancellationToken);
        return await WriteAsync(userId, current => MergePatch.ApplyAsync<UpdateUserRequest>(http, current, patch), users, db, securityLog, time, http, cancellationToken);
    }

    /// <summary>PUT and PATCH alike: the change is made from the user as it is now, once its version is checked.</summary>
    private static async Task<Results<Ok<UserDto>, NotFound>> WriteAsync(
        Guid userId, Func<UserDto, Task<UpdateUserRequest>> change, UserManager<TrackerUser> users, TrackerDbContext db, SecurityLog securityLog, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var before = await db.Users.Where(u => u.Id == userId).Rows(db).FirstAsync(cancellationToken);
        var current = before.ToDto(now);
        EntityTag.EnsureCurrent(ifMatch, user.Version, () => current);
        var request = await change(current);

        var oldRoles = before.Roles.Select(Enum.Parse<Role>).Order().ToList();
        var newRoles = request.Roles.Distinct().Order().ToList();
        EnsureNotLockingThemselvesOut(http.User, userId, disables: request.Disabled && !user.Disabled, dropsAdministrator: oldRoles.Contains(Role.Administrator) && !newRoles.Contains(Role.Administrator));
        var losesAdministrator = (oldRoles.Contains(Role.Administrator) && !user.Disabled) && (!newRoles.Contains(Role.Administrator) || request.Disabled);
        if (losesAdministrator && !await OtherEnabledAdministratorExistsAsync(db, userId, cancellationToken))
        {
            throw new ConflictException("This is the last enabled administrator: give another user the Administrator role first.");
        }

        var actor = http.User.Identity!.Name!;
        if (!oldRoles.SequenceEqual(newRoles))
        {
            Check(await users.RemoveFromRolesAsync(user, oldRoles.Except(newRoles).Select(r => r.ToString())), "roles");
            Check(await users.AddToRolesAsync(user, newRoles.Except(oldRoles).Select(r => r.ToString())), "roles");
            securityLog.Add(SecurityEventKind.RolesChanged, actor, user.Email!, $"{string.Join(", ", oldRoles)} → {string.Join(", ", newRoles)}");
        }

        if (user.Disabled != request.Disabled)
        {
            securityLog.Add(request.Disabled ? SecurityEventKind.UserDisabled : SecurityEventKind.UserEnabled, actor, user.Email!);
            if (!request.Disabled)
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            }
        }

        user.DisplayName = request.DisplayName.Trim();
        user.Disabled = request.Disabled;
        await LinkLeadAsync(db, user.Id, newRoles, request.LeadId, cancellationToken);
        // A new stamp makes open sessions re-read the user within a minute: new roles apply, a disabled user is signed out.
        Check(await users.UpdateSecurityStampAsync(user), "user");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var row = await db.Users.Where(u => u.Id == userId).Rows(db).FirstAsync(cancellationToken);
        EntityTag.Set(http, row.Version);
        return TypedResults.Ok(row.ToDto(now));
    }

    /// <summary>Links the user to the lead (and unlinks any other lead); a Lead must have one, and a lead has at most one user.</summary>
    private static async Task LinkLeadAsync(TrackerDbContext db, Guid userId, IReadOnlyCollection<Role> roles, Guid? leadId, CancellationToken cancellationToken)
    {
        if (roles.Contains(Role.Lead) && leadId is null)
        {
            throw new RequestValidationException("leadId", "A user with the Lead role must be linked to the lead they are.");
        }

        var lead = leadId is null ? null : await db.Leads.FirstOrDefaultAsync(l => l.Id == leadId, cancellationToken)
            ?? throw new RequestValidationException("leadId", $"There is no lead with id {leadId}.");
        if (lead is { UserId: { } other } && other != userId)
        {
            throw new ConflictException($"The lead {lead.Name} is already linked to another user.");
        }

        foreach (var previous in await db.Leads.Where(l => l.UserId == userId && l.Id != leadId).ToListAsync(cancellationToken))
        {
            previous.UserId = null;
        }

        if (lead is not null)
        {
            lead.UserId = userId;
        }
    }

    /// <summary>
    /// An administrator cannot disable their own account or take away their own Administrator role: one slip would
    /// lock them out of the page that undoes it. Another administrator can do either.
    /// </summary>
    /// <exception cref="ConflictException">The caller is the user being changed and the change would do one of those.</exception>
    private static void EnsureNotLockingThemselvesOut(ClaimsPrincipal caller, Guid userId, bool disables, bool dropsAdministrator)
    {
        // A session's name identifier is its account's id; an API key's is the key's id, never a user's.
        if (!Guid.TryParse(caller.FindFirstValue(ClaimTypes.NameIdentifier), out var callerId) || callerId != userId)
        {
            return;
        }

        if (disables)
        {
            throw new ConflictException("You cannot disable your own account; ask another administrator to do it.");
        }

        if (dropsAdministrator)
        {
            throw new ConflictException("You cannot remove your own Administrator role; ask another administrator to do it.");
        }
    }

    private static Task<bool> OtherEnabledAdministratorExistsAsync(TrackerDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(
            u => u.Id != userId && !u.Disabled
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == nameof(Role.Administrator))),
            cancellationToken);

    /// <summary>Identity's errors (password policy, duplicate names) as a validation problem on <paramref name="field"/>.</summary>
    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() });
        }
    }
}
