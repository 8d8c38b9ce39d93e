using MailKit.Net.Smtp;
using MimeKit;

namespace DeliveryTracker.Api.Infrastructure.Email;

/// <summary>
/// Sends email over SMTP with MailKit: one connection per message, so a failed server costs one attempt and nothing is
/// left half-open between Hangfire jobs. Throws on any failure up to the server's acceptance of the message; the caller
/// records it and lets Hangfire retry. Nothing after that acceptance throws: a retry would send the email again.
/// </summary>
public sealed class EmailSender(SmtpOptions options, ILogger<EmailSender> logger)
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

        // The server has accepted the message: a failed QUIT (a dropped connection, a timeout, a shutdown) is no failure
        // of the send, and must not be retried as one.
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "SMTP QUIT failed after the server accepted message {MessageId}; the message counts as sent", email.MessageId);
        }
    }
}
