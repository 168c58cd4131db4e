using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Fokus.Data;
using Fokus.Web.Features.Auth;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Fokus.Web.Tests;

/// <summary>Password policy, change password, and forgot → e-mail at a real SMTP server → reset once.</summary>
[Collection(NotificationAppsCollection.Name)]
public sealed partial class PasswordTests(NotificationApps apps)
{
    private const string NewPassword = "a-much-better-passphrase";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Policy_RefusesShort_Common_AndTheDemoPasswordWhileTheDemoIsOff(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        Assert.Equal(HttpStatusCode.BadRequest, (await AddPersonAsync(org, "nine-char")).StatusCode);
        Assert.Contains("at least 10 characters", await PasswordErrorAsync(org, "nine-char"));
        Assert.Contains("common passwords", await PasswordErrorAsync(org, "qwertyuiop123"));
        Assert.Contains("common passwords", await PasswordErrorAsync(org, "Password12345"));
        Assert.Contains("demo password", await PasswordErrorAsync(org, "fokus-demo"));
        Assert.Equal("Lösenordet finns på en lista över vanliga lösenord. Välj ett som är svårare att gissa.",
            await PasswordErrorAsync(org, "iloveyou123", "sv"));
        Assert.Equal(HttpStatusCode.Created, (await AddPersonAsync(org, "lingonberry-harbour-42")).StatusCode);

        var signUp = await app.CreateClient().PostAsJsonAsync("/api/v1/organisations",
            new { name = "Weak AB", adminEmail = $"w-{Guid.NewGuid():N}@test.example", adminPassword = "1234567890", language = "sv" });
        Assert.Equal(HttpStatusCode.BadRequest, signUp.StatusCode);
        Assert.True((await signUp.JsonAsync()).GetProperty("errors").TryGetProperty("adminPassword", out _));
    }

    [Fact]
    public async Task DemoPassword_IsAllowedWhileTheDemoIsOn()
    {
        using var demo = FokusApp.Create("sqlite", seedDemo: true);
        var admin = await TestOrg.LoginAsync(demo, "admin@fokus.example", "fokus-demo");
        var created = await admin.PostAsJsonAsync("/api/v1/people",
            new { name = "Demo Dora", email = $"d-{Guid.NewGuid():N}@fokus.example", title = "", role = "member", password = "fokus-demo" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChangePassword_ChecksTheCurrent_AppliesThePolicy_KeepsThisSession_AndEndsTheOthers(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var email = $"changer-{Guid.NewGuid():N}@test.example";
        await AddPersonAsync(org, TestOrg.Password, email);
        var session = await TestOrg.LoginAsync(app, email, TestOrg.Password);
        var other = await TestOrg.LoginAsync(app, email, TestOrg.Password);

        var wrong = await session.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = "not-my-password", newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.JsonAsync()).GetProperty("errors").TryGetProperty("currentPassword", out _));
        var common = await session.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = TestOrg.Password, newPassword = "1q2w3e4r5t6y" });
        Assert.Equal(HttpStatusCode.BadRequest, common.StatusCode);
        Assert.True((await common.JsonAsync()).GetProperty("errors").TryGetProperty("newPassword", out _));

        var changed = await session.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = TestOrg.Password, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var token = (await changed.JsonAsync()).GetProperty("accessToken").GetString();
        session.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/me")).StatusCode);

        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestOrg.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = NewPassword })).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ForgotPassword_MailsASingleUseLink_InThePersonsLanguage(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var email = $"forgetful-{Guid.NewGuid():N}@test.example";
        await AddPersonAsync(org, TestOrg.Password, email, language: "sv");
        var anonymous = app.CreateClient();

        var known = await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email });
        var unknown = await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = $"nobody-{Guid.NewGuid():N}@test.example" });
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "" })).StatusCode);

        var mail = await WaitForMailAsync(email);
        Assert.Equal("Välj ett nytt lösenord för Fokus", mail.Subject);
        var (userId, token) = LinkIn(mail.TextBody ?? "");

        var weak = await anonymous.PostAsJsonAsync("/api/v1/auth/reset-password", new { userId, token, newPassword = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.True((await weak.JsonAsync()).GetProperty("errors").TryGetProperty("newPassword", out _));
        // A refused new password does not use the link up.
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/auth/reset-password", new { userId, token, newPassword = NewPassword })).StatusCode);
        var again = await anonymous.PostAsJsonAsync("/api/v1/auth/reset-password", new { userId, token, newPassword = "yet-another-passphrase" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await again.JsonAsync()).GetProperty("errors").TryGetProperty("token", out _));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = NewPassword })).StatusCode);
        // No mail was sent for the unknown address: only the known one's arrived since.
        Assert.Single(apps.Mail.To(email));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ResetLink_OlderThanAnHour_IsRefused(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var email = $"late-{Guid.NewGuid():N}@test.example";
        await AddPersonAsync(org, TestOrg.Password, email);
        string token;
        Guid userId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<FokusUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            userId = user.Id;
            // Issued 61 minutes ago by the same provider, as the app's TimeProvider would have seen it then.
            var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-61));
            var tokens = new ResetTokens(scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>(), past);
            token = await tokens.GenerateAsync(UserManager<FokusUser>.ResetPasswordTokenPurpose, users, user);
            var fresh = new ResetTokens(scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>(), new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-59)));
            Assert.True(await fresh.ValidateAsync(UserManager<FokusUser>.ResetPasswordTokenPurpose,
                await fresh.GenerateAsync(UserManager<FokusUser>.ResetPasswordTokenPurpose, users, user), users, user));
        }
        var expired = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/reset-password", new { userId, token, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.True((await expired.JsonAsync()).GetProperty("errors").TryGetProperty("token", out _));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestOrg.Password })).StatusCode);
    }

    internal static (Guid UserId, string Token) LinkIn(string text)
    {
        var match = ResetLink().Match(text);
        Assert.True(match.Success, $"no reset link in: {text}");
        return (Guid.Parse(match.Groups[1].Value), Uri.UnescapeDataString(match.Groups[2].Value));
    }

    private async Task<MimeKit.MimeMessage> WaitForMailAsync(string email)
    {
        for (var i = 0; i < 100 && apps.Mail.To(email).Count == 0; i++) await Task.Delay(100);
        return Assert.Single(apps.Mail.To(email));
    }

    private static Task<HttpResponseMessage> AddPersonAsync(TestOrg org, string password, string? email = null, string language = "en") =>
        org.Admin.PostAsJsonAsync("/api/v1/people", new
        {
            name = "Pat Person", email = email ?? $"p-{Guid.NewGuid():N}@test.example", title = "", role = "member", language, password,
            teamIds = Array.Empty<Guid>(),
        });

    private static async Task<string> PasswordErrorAsync(TestOrg org, string password, string language = "en")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people")
        {
            Content = JsonContent.Create(new { name = "Pat", email = $"p-{Guid.NewGuid():N}@test.example", role = "member", password }),
        };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await org.Admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("errors").GetProperty("password")[0].GetString()!;
    }

    [GeneratedRegex(@"/reset-password\?user=([0-9a-fA-F-]{36})&token=(\S+)")]
    private static partial Regex ResetLink();
}
