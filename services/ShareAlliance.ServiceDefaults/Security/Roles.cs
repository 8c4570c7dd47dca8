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

    /// <summary>Every role.</summary>
    public static readonly IReadOnlyList<string> All = [AssociationMember, Volunteer, EmployerAdmin, Funder, Coordinator];

    /// <summary>What a person may ask for when registering; coordinators come from configuration or another coordinator.</summary>
    public static readonly IReadOnlyList<string> AccountTypes = [AssociationMember, Volunteer, EmployerAdmin, Funder];
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

    /// <summary>Every kind.</summary>
    public static readonly IReadOnlyList<string> All = [Association, Funder, Employer];

    /// <summary>Whether the kind exists.</summary>
    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    /// <summary>The <c>org</c> claim value, "kind:id", that services match against a resource's owner.</summary>
    public static string ClaimValue(string kind, Guid organisationId) => $"{kind}:{organisationId}";

    /// <summary>Acting for an organisation implies the role of its kind, so a token's roles and memberships never disagree.</summary>
    public static string RoleOf(string kind) => kind switch
    {
        Association => Roles.AssociationMember,
        Funder => Roles.Funder,
        Employer => Roles.EmployerAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown organisation kind."),
    };
}
