using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeliveryTracker.Api.Features.UpdateLinks;

/// <summary>
/// Issues the signed update link a digest carries to a lead with no account: one link per digest, made on first
/// request and signed again on every later one (a retried email carries the same link), valid for
/// <c>Reminders:UpdateLinkLifetime</c> (default 28 days) from when it was made. The address is
/// <c>{App:PublicBaseUrl}/update#&lt;token&gt;</c>: the token is in the fragment, which browsers never send to a server,
/// so it stays out of server and proxy logs and Referer headers; the update page reads it and sends it in a header.
/// </summary>
public sealed class UpdateLinkIssuer(TrackerDbContext db, UpdateLinkToken tokens, IConfiguration configuration, TimeProvider time)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(28);

    public const string DefaultPublicBaseUrl = "http://127.0.0.1:5080";

    /// <summary>The link for <paramref name="digestId"/>, sent to <paramref name="leadId"/>; saved at once (with its audit entry) when new.</summary>
    /// <exception cref="InvalidOperationException">The digest does not exist or is not for that lead.</exception>
    public async Task<Uri> IssueAsync(Guid digestId, Guid leadId, CancellationToken cancellationToken)
    {
        var link = await db.UpdateLinks.AsNoTracking().FirstOrDefaultAsync(l => l.DigestId == digestId, cancellationToken)
            ?? await CreateAsync(digestId, leadId, cancellationToken);
        if (link.LeadId != leadId)
        {
            throw new InvalidOperationException($"The update link of digest {digestId} was issued to another lead.");
        }

        var baseUrl = (configuration["App:PublicBaseUrl"] is { Length: > 0 } configured ? configured : DefaultPublicBaseUrl).TrimEnd('/');
        return new Uri($"{baseUrl}/update#{tokens.For(link.Id)}");
    }

    private async Task<UpdateLink> CreateAsync(Guid digestId, Guid leadId, CancellationToken cancellationToken)
    {
        if (!await db.ReminderDigests.AnyAsync(d => d.Id == digestId && d.LeadId == leadId, cancellationToken))
        {
            throw new InvalidOperationException($"There is no digest {digestId} for lead {leadId}.");
        }

        var lifetime = configuration.GetValue("Reminders:UpdateLinkLifetime", DefaultLifetime);
        var now = time.GetUtcNow();
        var link = new UpdateLink { DigestId = digestId, LeadId = leadId, CreatedAt = now, ExpiresAt = now + lifetime };
        db.UpdateLinks.Add(link);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return link;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another delivery of the same digest made it first: forget this one (and its audit entry), use theirs.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity == link || e.Entity is Audit.AuditEntry { EntityId: var id } && id == link.Id).ToList())
            {
                entry.State = EntityState.Detached;
            }

            return await db.UpdateLinks.AsNoTracking().FirstAsync(l => l.DigestId == digestId, cancellationToken);
        }
    }
}
