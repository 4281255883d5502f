using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CoopRegistry.Server.Tests.Reminders;

/// <summary>A message as the mail server received it: the envelope's recipients and the message.</summary>
public sealed record ReceivedMail(IReadOnlyList<string> Envelope, MimeMessage Message);

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port, started and stopped by a
/// test to make an outage, or told to answer 451 ("try again later") to every message.
/// </summary>
public sealed class TestMailServer : IAsyncDisposable
{
    private CancellationTokenSource? running;
    private Task? serving;

    public int Port { get; } = FreePort();

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>While true, every message is refused with 451 (a transient refusal).</summary>
    public bool Refusing { get; set; }

    public async Task StartAsync()
    {
        running = new CancellationTokenSource();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        serving = new SmtpServer.SmtpServer(options, services).StartAsync(running.Token);
        // Listening is asynchronous: wait until a connection is accepted.
        for (var i = 0; ; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (i < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    public async Task StopAsync()
    {
        if (running is null)
            return;
        await running.CancelAsync();
        try
        {
            await serving!;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }
        running.Dispose();
        running = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>The messages received for <paramref name="address"/> (the envelope says whose copy each is).</summary>
    public List<MimeMessage> For(string address) =>
        [.. Received.Where(m => m.Envelope.Contains(address, StringComparer.OrdinalIgnoreCase)).Select(m => m.Message)];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(TestMailServer server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server.Refusing)
                return Task.FromResult(new SmtpResponse(SmtpReplyCode.Aborted, "local error in processing, try again later"));
            using var stream = new MemoryStream(buffer.ToArray());
            var message = MimeMessage.Load(stream, cancellationToken);
            server.Received.Enqueue(new ReceivedMail([.. transaction.To.Select(m => $"{m.User}@{m.Host}")], message));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
