using MailKit.Security;

namespace DeliveryTracker.Api.Infrastructure.Email;

/// <summary>
/// <c>Email:Smtp:*</c> settings. With no <see cref="Host"/> email is off: digests still reach the in-app notifications and
/// their email deliveries are Skipped with the reason. Locally <c>.ci/start</c> points these at smtp4dev (port 2525, no
/// TLS); in production use the council's relay with <c>StartTls</c> and a user and password.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Email:Smtp";

    /// <summary>The SMTP server; empty means email is not configured.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>The sender, e.g. <c>Delivery Tracker &lt;reminders@council.example&gt;</c>.</summary>
    public string From { get; set; } = "Delivery Tracker <reminders@delivery-tracker.invalid>";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>TLS: <c>None</c> for a local smtp4dev, <c>StartTls</c> or <c>SslOnConnect</c> for a real server; <c>Auto</c> by default.</summary>
    public SecureSocketOptions SecureSocketOptions { get; set; } = SecureSocketOptions.Auto;

    /// <summary>How long one SMTP operation may take before the attempt fails and is retried (default 30 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
