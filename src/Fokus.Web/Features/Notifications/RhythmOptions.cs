namespace Fokus.Web.Features.Notifications;

/// <summary>Fokus:Smtp:*. E-mail is off while Host is empty.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string From { get; set; } = "Fokus <fokus@localhost>";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>True: TLS from the first byte (port 465). False: STARTTLS when the server offers it.</summary>
    public bool UseSsl { get; set; }
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Fokus:Reminders:* and Fokus:PublicUrl (the address links in e-mail and chat point to).</summary>
internal sealed class RhythmOptions
{
    public bool Enabled { get; set; } = true;
    public int IntervalSeconds { get; set; } = 300;
    public string PublicUrl { get; set; } = "http://localhost:5080";

    public string Link(string path) => PublicUrl.TrimEnd('/') + path;
}

internal static class RhythmOptionsSetup
{
    public static IServiceCollection AddRhythmOptions(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SmtpOptions>(config.GetSection("Fokus:Smtp"));
        services.Configure<RhythmOptions>(config.GetSection("Fokus:Reminders"));
        services.PostConfigure<RhythmOptions>(o =>
        {
            var url = config["Fokus:PublicUrl"];
            if (!string.IsNullOrWhiteSpace(url)) o.PublicUrl = url;
        });
        return services;
    }
}
