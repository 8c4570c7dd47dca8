using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ShareAlliance.Identity.Data;

/// <summary>
/// Accounts, roles, memberships, OpenIddict's clients and tokens, and the Data Protection key ring, in Identity's own
/// database. The key ring lives here so every replica reads the e-mail and reset tokens the others issued.
/// </summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options)
    : IdentityDbContext<User, Role, Guid>(options), IDataProtectionKeyContext
{
    public const string Schema = "identity";

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.UseOpenIddict<Guid>();
        builder.Entity<Membership>(membership =>
        {
            membership.HasKey(m => new { m.UserId, m.Kind, m.OrganisationId });
            membership.Property(m => m.Kind).HasMaxLength(20);
            membership.HasIndex(m => new { m.Kind, m.OrganisationId });
            // Deleting an account removes its memberships in the same statement: nothing about the person is left behind.
            membership.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
