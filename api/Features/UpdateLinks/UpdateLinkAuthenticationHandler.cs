using System.Security.Claims;
using System.Text.Encodings.Web;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Security;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Contracts.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeliveryTracker.Api.Features.UpdateLinks;

/// <summary>
/// Authenticates <c>Authorization: UpdateLink &lt;token&gt;</c>, the header the update page sends (the token travels in
/// the link's fragment, so it never reaches server logs, proxies or Referer headers). A link works until it expires or
/// is revoked, checked on every request (no cache: a revocation takes effect at once). Its principal carries the link
/// and its lead and no role or scope, so only <see cref="Policies.UseUpdateLink"/> accepts it. Every use and every
/// refusal goes to the security log under the subject <c>update-link:&lt;id&gt;</c>.
/// </summary>
public sealed class UpdateLinkAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TrackerDbContext db,
    UpdateLinkToken tokens,
    SecurityLog securityLog,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The claim type of the lead a link was sent to.</summary>
    public const string LeadClaim = "update-link-lead";

    private const string RefusalItem = "update-link-refusal";

    private static readonly Refusal Missing = new("missing", "Open the link in your reminder email again; it signs you in to post your update.");

    private static readonly Refusal Invalid = new("invalid", "This link is not valid. Check you used the whole link from the email, or ask the programme manager for a new one.");

    private static readonly Refusal Revoked = new("revoked", "This link has been cancelled. Ask the programme manager for a new one.");

    private static readonly Refusal Expired = new("expired", "This link has expired. Ask the programme manager for a new one.");

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        // Only the link's own endpoints read the header: elsewhere a link is no credential at all, so a request to any
        // other endpoint carrying one costs no database read and writes nothing to the security log.
        if (!authorization.StartsWith(AuthSchemes.UpdateLink + " ", StringComparison.OrdinalIgnoreCase) || !IsUpdateLinkEndpoint())
        {
            return AuthenticateResult.NoResult();
        }

        var linkId = tokens.Read(authorization[(AuthSchemes.UpdateLink.Length + 1)..].Trim());
        var link = linkId is null ? null : await db.UpdateLinks.AsNoTracking()
            .Where(l => l.Id == linkId)
            .Select(l => new { l.Id, l.LeadId, l.ExpiresAt, l.RevokedAt, LeadName = db.Leads.Where(d => d.Id == l.LeadId).Select(d => d.Name).First() })
            .FirstOrDefaultAsync(Context.RequestAborted);
        var now = time.GetUtcNow();
        var refusal = link switch
        {
            null => Invalid,
            { RevokedAt: not null } => Revoked,
            _ when link.ExpiresAt <= now => Expired,
            _ => null,
        };
        var use = $"{Request.Method} {Request.Path}";
        if (refusal is not null)
        {
            Context.Items[RefusalItem] = refusal;
            var subject = link is null ? "(not a valid update link)" : Subject(link.Id);
            var detail = link is null ? $"{refusal.Reason}: {use}" : $"{refusal.Reason} (lead {link.LeadName}, {link.LeadId}): {use}";
            await securityLog.WriteAsync(SecurityEventKind.UpdateLinkRejected, "anonymous", subject, detail, Context.RequestAborted);
            return AuthenticateResult.Fail(refusal.Message);
        }

        var name = ActorName(link!.LeadName);
        // Every use is recorded, not sampled as API key use is: a link is used a handful of times, by a person.
        await db.UpdateLinks.Where(l => l.Id == link.Id).ExecuteUpdateAsync(set => set.SetProperty(l => l.LastUsedAt, now), Context.RequestAborted);
        await securityLog.WriteAsync(SecurityEventKind.UpdateLinkUsed, name, Subject(link.Id), $"lead {link.LeadId}: {use}", Context.RequestAborted);

        var identity = new ClaimsIdentity(AuthSchemes.UpdateLink, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        identity.AddClaim(new Claim(Policies.UpdateLinkClaim, link.Id.ToString()));
        identity.AddClaim(new Claim(LeadClaim, link.LeadId.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSchemes.UpdateLink));
    }

    /// <summary>A 401 in plain words that says why the link cannot be used, with <c>reason</c> for the update page to show the right page.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var refusal = Context.Items[RefusalItem] as Refusal ?? Missing;
        Response.Headers.WWWAuthenticate = AuthSchemes.UpdateLink;
        await ProblemWriter.WriteAsync(
            Context, StatusCodes.Status401Unauthorized, "The link cannot be used.", refusal.Message, new Dictionary<string, object?> { ["reason"] = refusal.Reason });
    }

    private bool IsUpdateLinkEndpoint() =>
        Context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(data => data.Policy == Policies.UseUpdateLink) == true;

    /// <summary>How a link's holder appears as an author and in the change history: "St Giles Trust (update link)".</summary>
    public static string ActorName(string leadName) => $"{leadName} (update link)";

    /// <summary>The security log's subject for one link, so its uses can be listed with <c>?subject=</c>.</summary>
    public static string Subject(Guid linkId) => $"update-link:{linkId}";

    private sealed record Refusal(string Reason, string Message);
}
