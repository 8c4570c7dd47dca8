using Microsoft.AspNetCore.Identity;
using ShareAlliance.Identity.Data;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Setup;

/// <summary>
/// The first coordinator comes from configuration (Identity:Coordinator:Email / Password): created confirmed when missing,
/// given the role when it exists. An existing password is never overwritten from configuration.
/// </summary>
public static class CoordinatorSeeding
{
    public static async Task EnsureAsync(UserManager<User> users, CoordinatorSettings settings, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(settings.Email))
        {
            return;
        }

        var user = await users.FindByEmailAsync(settings.Email);
        if (user is null)
        {
            if (string.IsNullOrEmpty(settings.Password))
            {
                throw new InvalidOperationException("Identity:Coordinator:Email is set but no account has it: set Identity:Coordinator:Password too.");
            }

            user = new User
            {
                Id = Guid.CreateVersion7(),
                UserName = settings.Email,
                Email = settings.Email,
                EmailConfirmed = true,
                RegisteredAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, settings.Password));
        }

        if (!await users.IsInRoleAsync(user, Roles.Coordinator))
        {
            Check(await users.AddToRoleAsync(user, Roles.Coordinator));
        }
    }

    // Codes only: the message must not echo the configured password or address into the start-up log.
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The configured coordinator account was refused: {string.Join(", ", result.Errors.Select(e => e.Code))}.");
        }
    }
}
