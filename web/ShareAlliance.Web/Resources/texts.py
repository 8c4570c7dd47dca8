# Source of SharedResource.resx (French) and SharedResource.en.resx (English): python3 texts.py regenerates both.
TEXTS = [
    ("SkipToContent", "Aller au contenu", "Skip to content"),
    ("SiteName", "ShareAlliance", "ShareAlliance"),
    ("MainNavigation", "Navigation principale", "Main navigation"),
    ("NavHome", "Accueil", "Home"),
    ("NavCatalogue", "Les besoins", "Needs"),
    ("SwitchLanguage", "English", "Français"),
    ("SwitchLanguageLabel", "Switch to English", "Passer en français"),
    ("Footer", "ShareAlliance, logiciel libre au service des associations.", "ShareAlliance, open-source software for non-profits."),
    ("HomeTitle", "Des compétences numériques et des financements pour les associations", "Digital skills and funding for non-profits"),
    ("HomeIntro1", "ShareAlliance réunit des associations qui ont des besoins numériques, des professionnels de la tech qui donnent de leur temps et des financeurs qui paient ce qui doit l’être.", "ShareAlliance brings together non-profits with digital needs, tech professionals who give their time and funders who pay for what money must buy."),
    ("HomeIntro2", "Un service de mise en relation propose qui peut aider qui, pour que chaque besoin soit couvert en compétences comme en budget.", "A matching service proposes who can help whom, so that every need is covered in skills and in budget."),
    ("FiguresTitle", "L’alliance en chiffres", "The alliance in figures"),
    ("FigureOpenNeeds", "besoins ouverts", "open needs"),
    ("FigureCompletedNeeds", "besoins réalisés", "needs completed"),
    ("SeeCatalogue", "Voir les besoins", "See the needs"),
    ("CatalogueTitle", "Les besoins des associations", "The needs of non-profits"),
    ("SearchLabel", "Rechercher", "Search"),
    ("SearchHint", "Par exemple : site web, sauvegardes, RGPD", "For example: website, backups, GDPR"),
    ("SearchButton", "Rechercher", "Search"),
    ("Filters", "Filtres", "Filters"),
    ("FacetCategory", "Catégorie", "Category"),
    ("FacetWorkMode", "Mode de travail", "Work mode"),
    ("ClearFilters", "Effacer les filtres", "Clear filters"),
    ("ResultCount", "{0} besoins", "{0} needs"),
    ("ResultCountOne", "1 besoin", "1 need"),
    ("NoResult", "Aucun besoin ne correspond à cette recherche.", "No need matches this search."),
    ("PreviousPage", "Page précédente", "Previous page"),
    ("NextPage", "Page suivante", "Next page"),
    ("PageOf", "Page {0} sur {1}", "Page {0} of {1}"),
    ("Pagination", "Pages de résultats", "Result pages"),
    ("Effort", "Effort", "Effort"),
    ("EffortHours", "{0} h", "{0} h"),
    ("Deadline", "Échéance", "Deadline"),
    ("Budget", "Budget à financer", "Budget to fund"),
    ("Place", "Lieu", "Place"),
    ("Skills", "Compétences recherchées", "Skills wanted"),
    ("SkillLevel", "niveau {0}", "level {0}"),
    ("PostedBy", "Un besoin de {0} ({1})", "A need of {0} ({1})"),
    ("Description", "Description", "Description"),
    ("NeedFacts", "En bref", "At a glance"),
    ("BackToCatalogue", "Retour aux besoins", "Back to the needs"),
    ("NeedNotFound", "Ce besoin n’existe pas ou n’est pas public.", "This need does not exist or is not public."),
    ("ServiceUnavailable", "Le service des besoins ne répond pas pour le moment. Réessayez dans quelques instants.", "The needs service is not answering at the moment. Please try again shortly."),
    ("Loading", "Chargement…", "Loading…"),
    ("NotFoundTitle", "Page introuvable", "Page not found"),
    ("NotFoundText", "Cette page n’existe pas.", "This page does not exist."),
    ("ErrorTitle", "Une erreur est survenue", "Something went wrong"),
    ("ErrorText", "Cette page n’a pas pu être affichée. Réessayez dans quelques instants.", "This page could not be shown. Please try again shortly."),
    ("Level_1", "notions", "basics"),
    ("Level_2", "autonome", "autonomous"),
    ("Level_3", "avancé", "advanced"),
    ("Level_4", "expert", "expert"),
    ("WorkMode_Remote", "À distance", "Remote"),
    ("WorkMode_OnSite", "Sur place", "On site"),
    ("WorkMode_Hybrid", "Hybride", "Hybrid"),
    ("Urgency_Low", "Faible", "Low"),
    ("Urgency_Normal", "Normale", "Normal"),
    ("Urgency_High", "Haute", "High"),
    ("Urgency_Critical", "Critique", "Critical"),
    ("UrgencyLabel", "Urgence", "Urgency"),
    ("Format_OneOffMission", "Mission ponctuelle", "One-off mission"),
    ("Format_LongTerm", "Accompagnement dans la durée", "Long-term support"),
    ("Format_SkillsSponsorship", "Mécénat de compétences", "Skills-based sponsorship"),
    ("Format_ProBono", "Pro bono", "Pro bono"),
    ("FormatLabel", "Format", "Format"),
    ("Status_Published", "Ouvert", "Open"),
    ("Status_Staffed", "Équipe trouvée", "Staffed"),
    ("Status_InProgress", "En cours", "In progress"),
    ("Status_Completed", "Réalisé", "Completed"),
    ("Status_Expired", "Expiré", "Expired"),
    ("StatusLabel", "Statut", "Status"),
    # sign-in, account, association, volunteer
    ("SignIn", "Se connecter", "Sign in"),
    ("SignOut", "Se déconnecter", "Sign out"),
    ("NavAccount", "Mon compte", "My account"),
    ("AccessDeniedTitle", "Accès refusé", "Access denied"),
    ("AccessDeniedText", "Votre compte ne donne pas accès à cette page.", "Your account does not give access to this page."),
    ("AccountTitle", "Mon compte", "My account"),
    ("AccountEmail", "Adresse e-mail", "E-mail address"),
    ("AccountRoles", "Rôles", "Roles"),
    ("IdentityUnavailable", "Le service des comptes ne répond pas pour le moment. Réessayez dans quelques instants.", "The accounts service is not answering at the moment. Please try again shortly."),
    ("Role_association_member", "membre d’une association", "association member"),
    ("Role_volunteer", "bénévole", "volunteer"),
    ("Role_employer_admin", "administrateur d’un programme employeur", "employer programme administrator"),
    ("Role_funder", "financeur", "funder"),
    ("Role_coordinator", "coordinateur de l’alliance", "alliance coordinator"),
]

HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by texts.py: edit the table there. -->
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

if __name__ == "__main__":
    from xml.sax.saxutils import escape
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    for suffix, column in (("", 1), (".en", 2)):
        with open(os.path.join(here, "Localization", f"SharedResource{suffix}.resx"), "w", encoding="utf-8") as f:
            f.write(HEAD)
            for row in TEXTS:
                f.write(f'  <data name="{row[0]}" xml:space="preserve"><value>{escape(row[column])}</value></data>\n')
            f.write("</root>\n")
