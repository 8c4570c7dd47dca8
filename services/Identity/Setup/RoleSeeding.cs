using Microsoft.AspNetCore.Identity;
using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Setup;

public static class RoleSeeding
{
    public static async Task EnsureRolesAsync(RoleManager<Role> roles)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                (await roles.CreateAsync(new Role { Id = Guid.CreateVersion7(), Name = name })).ThrowIfFailed();
            }
        }
    }
}
