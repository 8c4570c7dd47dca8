[assembly: System.Resources.NeutralResourcesLanguage("fr")]

namespace ShareAlliance.Web.Localization;

/// <summary>The front end's texts: Resources/Localization/SharedResource.resx (French) and SharedResource.en.resx (English).</summary>
public sealed class SharedResource;
