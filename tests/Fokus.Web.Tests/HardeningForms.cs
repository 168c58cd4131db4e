using System.Net;
using System.Text.RegularExpressions;

namespace Fokus.Web.Tests;

/// <summary>What a browser does with the server-rendered forms: read the antiforgery token, post, keep the cookies.</summary>
internal static partial class HardeningForms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    public static async Task<string> TokenFromAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts the /login form; a successful sign-in answers a redirect that sets the auth cookie.</summary>
    public static async Task<HttpResponseMessage> SignInWithFormAsync(HttpClient client, string email, string password)
    {
        var token = await TokenFromAsync(client, "/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public static FormUrlEncodedContent TokenForm(string token) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

    public static async Task<string> EmailOfAsync(TestOrg org) =>
        (await (await org.Admin.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("email").GetString()!;

    public static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal))
            : null;
}
