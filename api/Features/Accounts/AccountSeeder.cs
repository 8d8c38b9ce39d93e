using System.Security.Cryptography;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure;
using DeliveryTracker.Contracts.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Accounts;

/// <summary>
/// Creates the first administrator from configuration (<c>Accounts:FirstAdministrator:Email</c> and <c>:Password</c>)
/// when there is no administrator yet, and, in Development, one demo user per role — admin@, pm@, lead@ (linked to
/// the lead with the most actions), board@ and viewer@example.org — with the password in <c>DEMO_PASSWORD</c>, or one
/// generated and printed once, when the demo users are first created. Also in Development, the partner organisation
/// <see cref="DemoPartnerLead"/> (no account) gets the contact email <see cref="DemoPartnerEmail"/>, so its reminder
/// digests go by email with a signed update link that can be tried from the local inbox.
/// </summary>
public sealed class AccountSeeder(UserManager<TrackerUser> users, TrackerDbContext db, IConfiguration configuration, IHostEnvironment environment, ILogger<AccountSeeder> logger)
{
    private static readonly (string Email, string Name, Role Role)[] DemoUsers =
    [
        ("admin@example.org", "Demo administrator", Role.Administrator),
        ("pm@example.org", "Demo programme manager", Role.ProgrammeManager),
        ("lead@example.org", "Demo lead", Role.Lead),
        ("board@example.org", "Demo board member", Role.BoardMember),
        ("viewer@example.org", "Demo viewer", Role.Viewer),
    ];

    /// <summary>The demo partner lead with no account; the seed plan names it as a lead of several actions.</summary>
    public const string DemoPartnerLead = "St Giles Trust";

    /// <summary>Its demo contact email (example.org: never delivered anywhere but the local inbox).</summary>
    public const string DemoPartnerEmail = "st-giles-trust@example.org";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedFirstAdministratorAsync(cancellationToken);
        if (configuration.GetValue("Accounts:DemoUsers", environment.IsDevelopment()))
        {
            await SeedDemoUsersAsync(cancellationToken);
            await SeedDemoPartnerContactAsync(cancellationToken);
        }
    }

    private async Task SeedFirstAdministratorAsync(CancellationToken cancellationToken)
    {
        var email = configuration["Accounts:FirstAdministrator:Email"];
        if (string.IsNullOrWhiteSpace(email) || (await users.GetUsersInRoleAsync(nameof(Role.Administrator))).Count > 0)
        {
            return;
        }

        var password = configuration["Accounts:FirstAdministrator:Password"];
        if (string.IsNullOrEmpty(password))
        {
            throw new StartupException("Accounts:FirstAdministrator:Email is set but Accounts:FirstAdministrator:Password is not.");
        }

        await CreateAsync(email, "Administrator", password, Role.Administrator, leadId: null, cancellationToken);
        logger.LogInformation("Created the first administrator, {Email}, from configuration.", email);
    }

    private async Task SeedDemoUsersAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(DemoUsers[0].Email) is not null)
        {
            return;
        }

        var password = configuration["DEMO_PASSWORD"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
        }

        var leadId = await db.Leads
            .Where(l => l.UserId == null)
            .OrderByDescending(l => db.ActionLeads.Count(al => al.LeadId == l.Id)).ThenBy(l => l.Name)
            .Select(l => (Guid?)l.Id)
            .FirstOrDefaultAsync(cancellationToken);
        foreach (var (email, name, role) in DemoUsers)
        {
            await CreateAsync(email, name, password!, role, role == Role.Lead ? leadId : null, cancellationToken);
        }

        // Printed, not logged: the one time it exists outside the database hashes, and logs are kept and shipped.
        Console.WriteLine(generated
            ? $"Demo users created ({string.Join(", ", DemoUsers.Select(u => u.Email))}) with the generated password: {password}  (set DEMO_PASSWORD to choose it)"
            : $"Demo users created ({string.Join(", ", DemoUsers.Select(u => u.Email))}) with the password in DEMO_PASSWORD.");
    }

    /// <summary>Only while the lead has no account and no email, so a contact set by hand is never overwritten.</summary>
    private async Task SeedDemoPartnerContactAsync(CancellationToken cancellationToken) =>
        await db.Leads
            .Where(l => l.Name == DemoPartnerLead && l.UserId == null && l.Email == null)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Email, DemoPartnerEmail), cancellationToken);

    private async Task CreateAsync(string email, string name, string password, Role role, Guid? leadId, CancellationToken cancellationToken)
    {
        var user = new TrackerUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new StartupException($"Cannot create the user {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role.ToString());
        if (leadId is not null)
        {
            await db.Leads.Where(l => l.Id == leadId).ExecuteUpdateAsync(set => set.SetProperty(l => l.UserId, user.Id), cancellationToken);
        }
    }
}
