using DeliveryTracker.Api.Data;
using DeliveryTracker.Contracts.Security;

namespace DeliveryTracker.Api.Features.Security;

/// <summary>Writes the security log. Never give it a password, key or token: it stores what it is given.</summary>
public sealed class SecurityLog(TrackerDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider time)
{
    /// <summary>Adds an entry to be saved with the caller's other changes, in the same transaction.</summary>
    public void Add(SecurityEventKind kind, string actor, string subject, string? detail = null) =>
        db.SecurityEvents.Add(new SecurityEvent
        {
            OccurredAt = time.GetUtcNow(),
            Kind = kind,
            Actor = Truncate(actor, 330),
            Subject = Truncate(subject, 330),
            IpAddress = httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Detail = detail is null ? null : Truncate(detail, 2000),
        });

    /// <summary>Adds an entry and saves it now (for events that change nothing else, such as a failed sign-in).</summary>
    public async Task WriteAsync(SecurityEventKind kind, string actor, string subject, string? detail, CancellationToken cancellationToken)
    {
        Add(kind, actor, subject, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
