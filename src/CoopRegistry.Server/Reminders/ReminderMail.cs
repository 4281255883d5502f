using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CoopRegistry.Server.Reminders;

/// <summary>How one message fared with the mail server.</summary>
public enum MailOutcome
{
    Sent,
    /// <summary>Worth trying again later: the server was unreachable, busy or answered 4xx.</summary>
    Transient,
    /// <summary>Refused for good (5xx): trying again would be refused again.</summary>
    Permanent,
}

/// <summary>One connection to the mail server for a batch of messages (MailKit's SMTP client).</summary>
public sealed class ReminderMail(IOptions<ReminderOptions> options) : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly SmtpClient client = new() { Timeout = (int)Timeout.TotalMilliseconds };

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
        if (smtp.UserName.Length > 0)
            await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
    }

    /// <summary>
    /// Sends one copy of <paramref name="message"/> to <paramref name="recipient"/> alone (the
    /// envelope; the headers still show who it is addressed and copied to). Answers what went
    /// wrong, if anything, and whether it is worth another try.
    /// </summary>
    public async Task<(MailOutcome Outcome, string? Error)> SendAsync(MimeMessage message, string recipient, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendAsync(message, MailboxAddress.Parse(options.Value.From), [MailboxAddress.Parse(recipient)], cancellationToken);
            return (MailOutcome.Sent, null);
        }
        catch (SmtpCommandException e)
        {
            return ((int)e.StatusCode >= 500 ? MailOutcome.Permanent : MailOutcome.Transient, $"{(int)e.StatusCode} {e.Message}");
        }
        catch (Exception e) when (e is SmtpProtocolException or ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException)
        {
            return (MailOutcome.Transient, e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                // The messages' fate is already recorded; a failed QUIT changes nothing.
            }
        }
        client.Dispose();
    }
}
