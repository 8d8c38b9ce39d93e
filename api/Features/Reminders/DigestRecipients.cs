using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// Whom a digest's email goes to. A lead with an account, or a programme manager: the account's email, only while the
/// user keeps email reminders on (in-app always). A lead with no account (a partner's contact): the lead's own email,
/// and the message carries an update link.
/// </summary>
public sealed class DigestRecipients(TrackerDbContext db)
{
    public async Task<EmailRecipient> ForEmailAsync(ReminderDigest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var lead = digest.LeadId is { } leadId
            ? await db.Leads.AsNoTracking().Where(l => l.Id == leadId).Select(l => new { l.Name, l.Email, l.UserId }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var userId = digest.UserId ?? lead?.UserId;
        if (userId is null)
        {
            return lead switch
            {
                null => EmailRecipient.Skip("the recipient no longer exists"),
                { Email: null or "" } => EmailRecipient.Skip("the lead has no account and no email address", unreachable: true),
                _ => new EmailRecipient(lead.Email, lead.Name, NeedsUpdateLink: true, null),
            };
        }

        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.DisplayName, u.EmailReminders, u.Disabled })
            .SingleOrDefaultAsync(cancellationToken);
        return user switch
        {
            null => EmailRecipient.Skip("the recipient no longer exists"),
            { Disabled: true } => EmailRecipient.Skip("the user's account is disabled"),
            { EmailReminders: false } => EmailRecipient.Skip("email reminders turned off"),
            { Email: null or "" } => EmailRecipient.Skip("the user has no email address"),
            _ => new EmailRecipient(user.Email, user.DisplayName, NeedsUpdateLink: false, null),
        };
    }
}
