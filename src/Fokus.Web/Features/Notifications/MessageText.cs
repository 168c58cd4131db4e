using System.Globalization;
using System.Resources;

namespace Fokus.Web.Features.Notifications;

/// <summary>Resource texts in one recipient's language, for messages written outside a request.</summary>
internal sealed class MessageText
{
    private static readonly ResourceManager Resources = new("Fokus.Web.Resources.SharedResource", typeof(MessageText).Assembly);

    private MessageText(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    /// <summary>The person's language, else the organisation's; Swedish formats for "sv", British English for the rest.</summary>
    public static MessageText For(string? personLanguage, string organisationLanguage)
    {
        var language = string.IsNullOrWhiteSpace(personLanguage) ? organisationLanguage : personLanguage;
        return new MessageText(CultureInfo.GetCultureInfo(language?.StartsWith("sv", StringComparison.OrdinalIgnoreCase) == true ? "sv-SE" : "en-GB"));
    }

    public string this[string key] => Resources.GetString(key, Culture) ?? key;

    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);

    public string Date(DateOnly day) => Components.Shared.TimeText.Date(day, Culture);

    public string Percent(double share) => share.ToString("P0", Culture);
}
