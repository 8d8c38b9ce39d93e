using MailKit.Net.Smtp;
using MimeKit;

namespace DeliveryTracker.Api.Infrastructure.Email;

/// <summary>
/// Sends email over SMTP with MailKit: one connection per message, so a failed server costs one attempt and nothing is
/// left half-open between Hangfire jobs. Throws on any failure; the caller records it and lets Hangfire retry.
/// </summary>
public sealed class EmailSender(SmtpOptions options)
{
    public bool IsConfigured => options.IsConfigured;

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (options.Host is not { Length: > 0 } host || string.IsNullOrWhiteSpace(host))
        {
            throw new InvalidOperationException("Email is not configured (Email:Smtp:Host).");
        }

        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(new MailboxAddress(email.ToName ?? "", email.To));
        message.Subject = email.Subject;
        message.MessageId = email.MessageId;
        message.Body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(host, options.Port, options.SecureSocketOptions, cancellationToken);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
