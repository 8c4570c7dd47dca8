using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ShareAlliance.Identity.Data;

namespace ShareAlliance.Identity.Setup;

// Confirmation links may wait in a mailbox for days; reset tokens must not: each gets its own provider and lifespan.
public sealed class EmailConfirmationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public EmailConfirmationTokenProviderOptions() => Name = "EmailConfirmationDataProtectorTokenProvider";
}

public sealed class EmailConfirmationTokenProvider(
    IDataProtectionProvider dataProtection, IOptions<EmailConfirmationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<User>> logger)
    : DataProtectorTokenProvider<User>(dataProtection, options, logger)
{
    public const string ProviderName = "EmailConfirmation";
}
