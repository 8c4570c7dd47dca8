namespace ShareAlliance.Identity.Mail;

/// <summary>A message to one account holder. <see cref="Purpose"/> names it without revealing its content.</summary>
public sealed record AccountMail(Guid UserId, string To, string Purpose, string Subject, string Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>The port through which Identity sends e-mail; the development adapter writes files (<see cref="MailboxMailer"/>).</summary>
public interface IAccountMailer
{
    Task SendAsync(AccountMail mail, CancellationToken cancellationToken);
}
