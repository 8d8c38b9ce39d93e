using System.Net;
using System.Net.Sockets;
using System.Text;
using DeliveryTracker.Api.Jobs;
using DeliveryTracker.Contracts.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// What happens after the mail server has accepted a digest: its QUIT failing, or the job being cancelled (a shutdown)
/// at that moment, is no failure of the send. The delivery is Sent, nothing is retried, the email went out once. A fake
/// SMTP server of the test's own accepts each message and then drops the connection at QUIT without answering.
/// </summary>
public sealed class EmailAfterAcceptanceTests : DeliveryFixture, IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private int _accepted;
    private CancellationTokenSource? _cancelAtQuit;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:SecureSocketOptions"] = "None",
        ["Email:Smtp:From"] = "Delivery Tracker <reminders@tests.example>",
        ["Email:Smtp:Timeout"] = "00:00:05",
    };

    protected override Task BeforeApiStartsAsync()
    {
        _listener.Start();
        _ = Task.Run(ServeAsync);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _listener.Dispose();
        GC.SuppressFinalize(this);
    }

    [Test]
    public async Task QuitFailsAfterServerAccepted_DeliverySentOnce()
    {
        var (deliveryId, digestId) = await EmailDeliveryAsync();
        var before = Volatile.Read(ref _accepted);

        await RunEmailJobAsync(deliveryId);

        var delivery = await DeliveryAsync(digestId, DeliveryChannel.Email);
        Assert.That((delivery.State, delivery.LastError, Volatile.Read(ref _accepted) - before), Is.EqualTo(("Sent", (string?)null, 1)));
    }

    [Test]
    public async Task JobCancelledAfterServerAccepted_DeliverySentNotRolledBack()
    {
        var (deliveryId, digestId) = await EmailDeliveryAsync();
        var before = Volatile.Read(ref _accepted);
        using var shutdown = new CancellationTokenSource();
        _cancelAtQuit = shutdown;

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EmailDeliveryJob>().RunAsync(deliveryId, shutdown.Token);
        }

        _cancelAtQuit = null;
        var delivery = await DeliveryAsync(digestId, DeliveryChannel.Email);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shutdown.IsCancellationRequested, Is.True, "the job was cancelled once the server had the message");
            Assert.That((delivery.State, Volatile.Read(ref _accepted) - before), Is.EqualTo(("Sent", 1)));
            Assert.That((await RemindersAsync(digestId))["T-1.1"].DeliveredVia, Is.EqualTo(new[] { "Email" }));
        }
    }

    private async Task<(Guid DeliveryId, Guid DigestId)> EmailDeliveryAsync()
    {
        var (leadId, _) = await NewLeadWithEmailAsync();
        var (planId, _) = await PlanLedByAsync(leadId, new DateOnly(2024, 9, 20));
        await ScanOnlyAsync(planId);
        var digestId = await DigestOfLeadAsync(leadId);
        return ((await DeliveryAsync(digestId, DeliveryChannel.Email)).Id, digestId);
    }

    /// <summary>Accepts connections one after another: greets, says 250 to everything, takes the DATA, drops the line at QUIT.</summary>
    private async Task ServeAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                await using var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 fake ESMTP");
                while (await reader.ReadLineAsync() is { } line)
                {
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    if (verb == "QUIT")
                    {
                        _cancelAtQuit?.Cancel();
                        break;
                    }

                    if (verb == "DATA")
                    {
                        await writer.WriteLineAsync("354 go ahead");
                        while (await reader.ReadLineAsync() is { } data && data != ".")
                        {
                            // The message itself is not needed: only that the server took it.
                        }

                        Interlocked.Increment(ref _accepted);
                        await writer.WriteLineAsync("250 queued");
                        continue;
                    }

                    await writer.WriteLineAsync(verb is "EHLO" or "HELO" ? "250 fake" : "250 OK");
                }
            }
        }
    }
}
