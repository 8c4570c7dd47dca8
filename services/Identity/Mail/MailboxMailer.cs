using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using ShareAlliance.Identity.Setup;

namespace ShareAlliance.Identity.Mail;

/// <summary>
/// Development and test adapter: each message becomes a file in the mailbox folder (Identity:Mailbox) that a person running
/// the platform, or a test, can open. The log names the user id and the file only: never the address, never the token.
/// </summary>
public sealed partial class MailboxMailer(IOptions<IdentitySettings> settings, IHostEnvironment environment, TimeProvider clock, ILogger<MailboxMailer> logger)
    : IAccountMailer
{
    public async Task SendAsync(AccountMail mail, CancellationToken cancellationToken)
    {
        // Path.Combine keeps an absolute mailbox path as it is.
        var folder = Path.Combine(environment.ContentRootPath, settings.Value.Mailbox);
        Directory.CreateDirectory(folder);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss.fffffff", CultureInfo.InvariantCulture);
        var file = Path.Combine(folder, $"{stamp}-{mail.Purpose}-{mail.UserId:N}.eml");

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"To: {mail.To}\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: {mail.Subject}\n")
            .Append(CultureInfo.InvariantCulture, $"X-ShareAlliance-Purpose: {mail.Purpose}\n");
        foreach (var (name, value) in mail.Headers)
        {
            text.Append(CultureInfo.InvariantCulture, $"X-ShareAlliance-{name}: {value}\n");
        }

        text.Append('\n').Append(mail.Body).Append('\n');
        await File.WriteAllTextAsync(file, text.ToString(), cancellationToken);
        LogWritten(logger, mail.UserId, file);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "mail for {UserId} written to {File}")]
    private static partial void LogWritten(ILogger logger, Guid userId, string file);
}
