namespace ShareAlliance.Identity.Data;

/// <summary>A user acts for an organisation (an association, a funder, an employer); owners may add members.</summary>
public sealed class Membership
{
    public Guid UserId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public Guid OrganisationId { get; set; }

    public bool IsOwner { get; set; }

    public DateTimeOffset GrantedAt { get; set; }
}
