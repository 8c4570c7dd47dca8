namespace ShareAlliance.Funding.ReadModel;

/// <summary>
/// Funding's copy of an association: where it sits and its causes (from AssociationRegistered) and its verification
/// status (from AssociationStatusChanged, newest version wins).
/// </summary>
public sealed record KnownAssociation(Guid Id, string? Departement, IReadOnlyList<string> Causes, string Status, long StatusVersion)
{
    public static KnownAssociation Unknown(Guid id) => new(id, null, [], "Unknown", 0);

    /// <summary>
    /// A need is published only by a verified association (the needs service checks it), so a published need's association
    /// counts as verified until a later status says otherwise — the status message may well arrive after the need.
    /// </summary>
    public bool MayBeFunded => Status is not ("Suspended" or "Rejected");

    public KnownAssociation WithProfile(string departement, IReadOnlyList<string> causes) => this with { Departement = departement, Causes = causes };

    public KnownAssociation WithStatus(string status, long version) => version > StatusVersion ? this with { Status = status, StatusVersion = version } : this;
}
