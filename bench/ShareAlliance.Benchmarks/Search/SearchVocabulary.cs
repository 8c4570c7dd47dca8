namespace ShareAlliance.Benchmarks.Search;

/// <summary>
/// What associations write, per category, in French and in English: enough variety that a word such as "site" or
/// "formation" is common in some categories and rare in others, as it is in real catalogues.
/// </summary>
internal static class SearchVocabulary
{
    public static readonly IReadOnlyDictionary<string, (string[] Fr, string[] En)> Titles = new Dictionary<string, (string[], string[])>
    {
        ["COMM"] = (["Refonte du site internet de l'association", "Créer un site vitrine accessible", "Animer nos réseaux sociaux", "Lettre d'information mensuelle", "Identité visuelle et charte graphique", "Vidéo de présentation de nos actions"],
            ["Rebuild our website", "Social media plan for our charity", "Monthly newsletter", "A simple site for our local groups"]),
        ["NETWORK"] = (["Mettre en place un CRM pour nos bénévoles", "Gestion des inscriptions à nos événements", "Campagnes d'e-mailing aux adhérents", "Annuaire en ligne de notre réseau"],
            ["Volunteer CRM setup", "Event registration and ticketing", "E-mail campaigns to our members"]),
        ["ADMIN"] = (["Logiciel de comptabilité associative", "Gestion des adhésions et des cotisations", "Registre RGPD des traitements", "Dossiers de subvention dématérialisés"],
            ["Membership and dues management", "Accounting tool for a small charity", "Grant applications paperwork"]),
        ["COLLAB"] = (["Migration vers une suite bureautique libre", "Partage de fichiers et agenda partagé", "Visioconférence pour les réunions du bureau"],
            ["Move to a free software office suite", "Shared drive and calendar", "Video calls for board meetings"]),
        ["FUNDING"] = (["Formulaire de don en ligne", "Page de financement participatif", "Fichier donateurs et reçus fiscaux"],
            ["Online donation form", "Crowdfunding page for a new project", "Donor database and tax receipts"]),
        ["SERVICES"] = (["Application de réservation pour nos ateliers", "Plateforme de formation en ligne pour les bénéficiaires", "Rendre notre site accessible (RGAA)", "Prise de rendez-vous en ligne"],
            ["Booking app for our workshops", "Mobile app for our beneficiaries", "Online appointment booking"]),
        ["DATA"] = (["Tableau de bord d'impact", "Enquête de satisfaction et analyse des données", "Nettoyage de la base de données des adhérents"],
            ["Impact dashboard", "Survey data analysis", "Clean up our member database"]),
        ["SECURITY"] = (["Sauvegardes et plan de continuité", "Audit de cybersécurité", "Mise en conformité RGPD du site et des fichiers"],
            ["Cybersecurity audit", "Backup strategy for our files", "GDPR compliance review"]),
        ["AI"] = (["Charte d'usage de l'IA", "Automatiser les réponses aux demandes fréquentes", "Assistant IA pour rédiger les dossiers"],
            ["AI usage charter for staff", "Automate repetitive admin tasks", "AI assistant for grant writing"]),
        ["TRAINING"] = (["Formation au numérique des bénévoles", "Ateliers de prise en main des outils", "Mentorat numérique de l'équipe salariée", "Formations à la sécurité en ligne"],
            ["Digital skills training for volunteers", "Mentoring our staff on digital tools", "Online safety training"]),
        ["STRATEGY"] = (["Diagnostic numérique de l'association", "Feuille de route numérique sur trois ans", "Choix d'outils et gouvernance des données"],
            ["Digital strategy roadmap", "Choosing the right tools", "Data governance for a federation"]),
    };

    public static readonly string[] SentencesFr =
    [
        "Nous sommes une petite équipe de bénévoles.", "Le projet doit rester simple à maintenir.", "Nous accueillons des personnes éloignées du numérique.",
        "Un accompagnement de quelques semaines suffirait.", "Nos données concernent des adhérents et des donateurs.", "Le budget couvre les licences et l'hébergement.",
        "Nos outils actuels datent de dix ans.", "Nous travaillons avec plusieurs antennes locales.", "Deux salariés et une vingtaine de bénévoles utiliseront l'outil.",
        "Les outils libres ont notre préférence.", "Le conseil d'administration a validé le projet.", "Nous manquons de compétences en interne.",
    ];

    public static readonly string[] SentencesEn =
    [
        "We are a small volunteer-run charity.", "The solution should be easy to maintain.", "We support people far from digital tools.",
        "A few weeks of help would be enough.", "Our data covers members and donors.", "The budget covers licences and hosting.",
        "Our current tools are ten years old.", "We work with several local groups.", "Two staff and about twenty volunteers will use it.",
    ];
}
