using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using ShareAlliance.Web.Localization;

namespace ShareAlliance.Web.Components.Volunteer;

/// <summary>
/// The matching engine's reasons in the page's language. A proposal carries them as the sentences of fixed forms the engine
/// writes (services/Matching/Engine/Explanation.cs, <c>MatchExplanation.Sentences</c>): each form is read back into its
/// values (skill slugs, levels, hours, work mode, distance, language codes) and said again from the texts. A sentence of
/// another form is shown as the engine wrote it.
/// </summary>
public static partial class ProposalReasons
{
    public static IReadOnlyList<string> InWords(IEnumerable<string> reasons, IStringLocalizer text) =>
        [.. reasons.Select(r => InWords(r, text))];

    public static string InWords(string reason, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(text);
        if (Covers().Match(reason) is { Success: true } covers)
        {
            return text["InboxReasonCovers", covers.Groups[1].Value, covers.Groups[2].Value];
        }

        if (SkillCovered().Match(reason) is { Success: true } covered)
        {
            return text["InboxReasonSkillCovered", Labels.Skill(covered.Groups[1].Value), Level(text, covered.Groups[2].Value), Level(text, covered.Groups[3].Value)];
        }

        if (SkillOneBelow().Match(reason) is { Success: true } below)
        {
            return text["InboxReasonSkillOneBelow", Labels.Skill(below.Groups[1].Value), Level(text, below.Groups[2].Value), Level(text, below.Groups[3].Value)];
        }

        if (SkillTooLow().Match(reason) is { Success: true } low)
        {
            return text["InboxReasonSkillTooLow", Labels.Skill(low.Groups[1].Value), Level(text, low.Groups[2].Value), Level(text, low.Groups[3].Value)];
        }

        if (SkillMissing().Match(reason) is { Success: true } missing)
        {
            return text["InboxReasonSkillMissing", Labels.Skill(missing.Groups[1].Value)];
        }

        if (Hours().Match(reason) is { Success: true } hours
            && double.TryParse(hours.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var needed))
        {
            return text["InboxReasonHours", hours.Groups[1].Value, needed.ToString("0.#", CultureInfo.CurrentCulture)];
        }

        if (reason == "remote")
        {
            return text["InboxReasonRemote"];
        }

        if (Distance().Match(reason) is { Success: true } distance)
        {
            return text["InboxReasonDistance", text.Value("WorkMode", distance.Groups[1].Value), distance.Groups[2].Value];
        }

        if (NoPlace().Match(reason) is { Success: true } noPlace)
        {
            return text["InboxReasonNoPlace", text.Value("WorkMode", noPlace.Groups[1].Value)];
        }

        if (reason == "no shared language")
        {
            return text["InboxReasonNoLanguage"];
        }

        if (Languages().Match(reason) is { Success: true } languages)
        {
            var names = languages.Groups[1].Value.Split(", ").Select(code => text.Value("InboxLanguage", code));
            return text["InboxReasonLanguages", string.Join(", ", names)];
        }

        return reason;
    }

    /// <summary>"niveau 3 (avancé)": the level and its name.</summary>
    private static string Level(IStringLocalizer text, string level) => text["InboxLevel", level, text.Value("Level", level)];

    [GeneratedRegex(@"^covers (\d+) of (\d+) required skills$")]
    private static partial Regex Covers();

    [GeneratedRegex(@"^(\S+) level (\d+) \(asked (\d+)\)$")]
    private static partial Regex SkillCovered();

    [GeneratedRegex(@"^(\S+) level (\d+), one below the (\d+) asked \(half credit\)$")]
    private static partial Regex SkillOneBelow();

    [GeneratedRegex(@"^(\S+) level (\d+), asked (\d+): missing$")]
    private static partial Regex SkillTooLow();

    [GeneratedRegex(@"^(\S+) missing$")]
    private static partial Regex SkillMissing();

    [GeneratedRegex(@"^(\d+) h/month free for about ([\d.]+) h/month needed$")]
    private static partial Regex Hours();

    [GeneratedRegex(@"^(Remote|OnSite|Hybrid), (\d+) km away$")]
    private static partial Regex Distance();

    [GeneratedRegex(@"^(Remote|OnSite|Hybrid), no place given$")]
    private static partial Regex NoPlace();

    [GeneratedRegex(@"^works in (.+)$")]
    private static partial Regex Languages();
}
