namespace ShareAlliance.ServiceDefaults.Security;

/// <summary>The roles of DOMAIN.md, as carried in the <c>role</c> claim of access tokens.</summary>
public static class Roles
{
    /// <summary>A member of an association.</summary>
    public const string AssociationMember = "association_member";

    /// <summary>A tech volunteer.</summary>
    public const string Volunteer = "volunteer";

    /// <summary>An administrator of an employer's skills-sponsorship programme.</summary>
    public const string EmployerAdmin = "employer_admin";

    /// <summary>A member of a funder.</summary>
    public const string Funder = "funder";

    /// <summary>An alliance coordinator.</summary>
    public const string Coordinator = "coordinator";
}

/// <summary>The claim types our access tokens carry (OpenID Connect names; inbound claim mapping is off).</summary>
public static class ClaimNames
{
    /// <summary>The user's (or client's) id.</summary>
    public const string Subject = "sub";

    /// <summary>One claim per role.</summary>
    public const string Role = "role";

    /// <summary>One claim per organisation the user acts for: <c>association:{id}</c>, <c>funder:{id}</c>, <c>employer:{id}</c>.</summary>
    public const string Organisation = "org";
}

/// <summary>The kinds of organisation a user can act for.</summary>
public static class OrganisationKinds
{
    /// <summary>An association (loi 1901).</summary>
    public const string Association = "association";

    /// <summary>A funder (foundation, endowment fund, company, public body).</summary>
    public const string Funder = "funder";

    /// <summary>An employer running a skills-sponsorship programme.</summary>
    public const string Employer = "employer";
}
