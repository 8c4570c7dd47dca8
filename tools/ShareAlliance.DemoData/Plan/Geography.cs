using System.Globalization;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.DemoData.Plan;

/// <summary>
/// Where demo associations are: a département drawn in proportion to its population (associations per inhabitant vary
/// little across France), then its préfecture or another sizeable town of it.
/// </summary>
public static class Geography
{
    /// <summary>
    /// Populations in thousands, "département:population", approximately (INSEE legal populations 2021, rounded): sampling
    /// weights, nothing more.
    /// </summary>
    private static readonly Dictionary<string, int> Population = """
        01:660 02:530 03:335 04:165 05:140 06:1100 07:330 08:270 09:155 10:310 11:375 12:280 13:2040 14:700
        15:145 16:350 17:655 18:300 19:240 2A:160 2B:180 21:535 22:600 23:115 24:415 25:545 26:515 27:600
        28:430 29:915 30:750 31:1415 32:190 33:1635 34:1185 35:1095 36:220 37:610 38:1275 39:260 40:415
        41:330 42:765 43:228 44:1460 45:680 46:175 47:330 48:77 49:820 50:495 51:565 52:170 53:307 54:730
        55:182 56:760 57:1045 58:200 59:2610 60:830 61:277 62:1465 63:660 64:685 65:230 66:480 67:1150
        68:765 69:1880 70:235 71:550 72:565 73:440 74:835 75:2135 76:1255 77:1435 78:1450 79:375 80:570
        81:390 82:262 83:1085 84:560 85:690 86:440 87:370 88:360 89:335 90:140 91:1300 92:1625 93:1655
        94:1410 95:1255 971:385 972:360 973:285 974:870 976:300
        """.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
        .Select(entry => entry.Split(':'))
        .ToDictionary(e => e[0], e => int.Parse(e[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    // Other towns where many associations are, beside the préfecture, for the most populous départements.
    private static readonly Dictionary<string, string[]> OtherTowns = new(StringComparer.Ordinal)
    {
        ["06"] = ["Cannes", "Antibes", "Grasse"],
        ["13"] = ["Aix-en-Provence", "Arles", "Aubagne", "Martigues"],
        ["29"] = ["Brest", "Morlaix"],
        ["31"] = ["Colomiers", "Muret"],
        ["33"] = ["Mérignac", "Pessac", "Libourne"],
        ["34"] = ["Béziers", "Sète"],
        ["35"] = ["Saint-Malo", "Fougères"],
        ["38"] = ["Vienne", "Voiron"],
        ["44"] = ["Saint-Nazaire", "Rezé"],
        ["57"] = ["Thionville", "Forbach", "Sarreguemines"],
        ["59"] = ["Roubaix", "Tourcoing", "Dunkerque", "Valenciennes", "Villeneuve-d'Ascq"],
        ["62"] = ["Lens", "Calais", "Boulogne-sur-Mer"],
        ["67"] = ["Haguenau", "Sélestat", "Saverne"],
        ["68"] = ["Mulhouse", "Saint-Louis"],
        ["69"] = ["Villeurbanne", "Vénissieux", "Vaulx-en-Velin"],
        ["76"] = ["Le Havre", "Dieppe"],
        ["77"] = ["Meaux", "Chelles"],
        ["78"] = ["Saint-Germain-en-Laye", "Mantes-la-Jolie"],
        ["83"] = ["Hyères", "Fréjus"],
        ["91"] = ["Massy", "Corbeil-Essonnes"],
        ["92"] = ["Boulogne-Billancourt", "Colombes", "Montrouge"],
        ["93"] = ["Saint-Denis", "Montreuil", "Aubervilliers"],
        ["94"] = ["Vitry-sur-Seine", "Ivry-sur-Seine"],
        ["95"] = ["Argenteuil", "Sarcelles"],
        ["974"] = ["Saint-Paul", "Saint-Pierre"],
    };

    private static readonly (string Value, double Weight)[] Everywhere =
        [.. Places.Departements.Select(d => (d.Code, (double)Population[d.Code]))];

    private static readonly (string Value, double Weight)[] AlsaceMoselle = [.. Everywhere.Where(d => AssociationPlan.InAlsaceMoselle(d.Value))];

    public static string Departement(Random random, bool inAlsaceMoselle = false) =>
        random.Weighted(inAlsaceMoselle ? AlsaceMoselle : Everywhere);

    public static string Town(Random random, string departement)
    {
        var prefecture = Places.Departement(departement)!.Prefecture;
        return OtherTowns.TryGetValue(departement, out var others) && random.Chance(0.4) ? random.Pick(others) : prefecture;
    }
}
