using Microsoft.AspNetCore.Identity;

namespace ShareAlliance.Identity.Data;

public sealed class User : IdentityUser<Guid>
{
    public DateTimeOffset RegisteredAt { get; set; }
}

public sealed class Role : IdentityRole<Guid>;
