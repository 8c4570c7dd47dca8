namespace ShareAlliance.DemoData.Plan;

/// <summary>
/// For each cause area (codes of ReferenceData's Causes): names an association of that field might carry, and one line
/// on what it does, in French and English. Names are invented; a place ("de Lille") is often added.
/// </summary>
public sealed record CauseText(string Cause, IReadOnlyList<string> Names, string DoesFr, string DoesEn, bool HandlesSensitiveData);

public static class CauseTexts
{
    public static IReadOnlyList<CauseText> All { get; } =
    [
        new("social", ["Entraide et Partage", "La Main Tendue", "Épicerie Solidaire", "Accueil Fraternel", "Le Pain Partagé", "Solidarité Familles"],
            "accompagne des familles en situation de précarité : aide alimentaire, accès aux droits, écoute",
            "supports families in hardship: food aid, access to rights, a listening ear", true),
        new("health", ["Vivre avec", "Les Aidants Ensemble", "Santé Partagée", "Souffle et Vie", "Cœurs Solidaires"],
            "soutient les personnes atteintes de maladies chroniques et leurs aidants",
            "supports people living with chronic illness and those who care for them", true),
        new("disability", ["Accès pour Tous", "Les Mains qui Parlent", "Autisme Ensemble", "Handi'Loisirs", "Regards Partagés"],
            "accompagne des enfants et des adultes en situation de handicap, et leurs familles",
            "supports children and adults with disabilities, and their families", true),
        new("education", ["Coup de Pouce Scolaire", "Savoirs Partagés", "Lire Ensemble", "L'École des Parents", "Les Cartables Solidaires"],
            "propose du soutien scolaire et des ateliers de lecture aux enfants du quartier",
            "offers homework help and reading workshops to children in the neighbourhood", false),
        new("youth", ["Maison des Jeunes", "Jeunesse en Mouvement", "Les Passeurs d'Avenir", "Cap Jeunes", "Graines de Citoyens"],
            "anime des activités éducatives et de loisirs pour les 11-25 ans",
            "runs educational and leisure activities for young people aged 11 to 25", false),
        new("seniors", ["Les Aînés Connectés", "Bien Vieillir Ensemble", "Les Voisins Attentifs", "Âge d'Or", "Visites et Sourires"],
            "lutte contre l'isolement des personnes âgées par des visites, des appels et des sorties",
            "fights the isolation of older people with visits, phone calls and outings", true),
        new("environment", ["Les Jardins Partagés", "Zéro Déchet", "Objectif Climat", "Les Amis de la Rivière", "Atelier Répare-Tout"],
            "sensibilise à l'environnement, entretient des jardins partagés et organise des ateliers de réparation",
            "raises environmental awareness, tends community gardens and runs repair workshops", false),
        new("animals", ["Refuge des Quatre Pattes", "Chats Libres", "Les Amis des Oiseaux", "SOS Animaux Abandonnés"],
            "recueille, soigne et fait adopter des animaux abandonnés",
            "rescues, cares for and rehomes abandoned animals", false),
        new("culture", ["Mémoire et Patrimoine", "Les Amis du Musée", "Théâtre de la Lune", "Festival des Arts de la Rue", "Chœur Polyphonique"],
            "fait vivre le patrimoine local et organise un festival chaque été",
            "keeps local heritage alive and runs a festival every summer", false),
        new("sport", ["Union Sportive", "Vélo pour Tous", "Les Foulées Solidaires", "Basket Club", "Gym Volontaire"],
            "rend le sport accessible à tous, quels que soient l'âge et les moyens",
            "makes sport accessible to everyone, whatever their age or means", false),
        new("humanitarian", ["Puits pour Tous", "Ponts entre les Peuples", "Solidarité Sahel", "Écoles du Monde", "Terre d'Entraide"],
            "soutient des projets d'accès à l'eau et à l'éducation en Afrique de l'Ouest",
            "supports water and education projects in West Africa", false),
        new("rights", ["Droits Devant", "Point Accès aux Droits", "Égalité Maintenant", "Citoyens Solidaires"],
            "informe et accompagne chacun dans l'accès à ses droits",
            "informs people of their rights and helps them claim them", true),
        new("employment", ["Tremplin Emploi", "Le Chantier Solidaire", "Le Relais Solidaire", "Parcours Emploi", "Cap Avenir"],
            "accompagne vers l'emploi des personnes qui en sont éloignées",
            "helps people who are far from work back into employment", true),
        new("housing", ["Toit Solidaire", "Habitat et Partage", "Un Toit pour Tous", "Logis Solidaire"],
            "aide des ménages à trouver et à garder un logement digne",
            "helps households find and keep decent housing", true),
        new("local", ["Comité des Fêtes", "Vivre Ensemble", "Les Amis du Quartier", "Maison de Quartier", "Vie et Village"],
            "anime la vie du quartier : fêtes, repair café, rencontres entre voisins",
            "brings the neighbourhood together: fairs, a repair café, neighbours' meetups", false),
        new("digital-inclusion", ["Numérique pour Tous", "Clic Solidaire", "Connexions Solidaires", "Les Amis du Numérique", "Cyber-Base Solidaire"],
            "aide les habitants éloignés du numérique à faire leurs démarches en ligne",
            "helps people who struggle with digital tools to do their paperwork online", false),
    ];

    /// <summary>How often each cause leads an association (the most common fields of French associations first).</summary>
    public static IReadOnlyList<(string Value, double Weight)> Frequency { get; } =
    [
        ("sport", 14), ("culture", 13), ("social", 12), ("local", 9), ("education", 7), ("youth", 7), ("environment", 7),
        ("health", 6), ("disability", 5), ("seniors", 5), ("humanitarian", 5), ("digital-inclusion", 4), ("rights", 3),
        ("employment", 3), ("housing", 3), ("animals", 3),
    ];

    public static CauseText For(string cause) => All.Single(c => c.Cause == cause);
}
