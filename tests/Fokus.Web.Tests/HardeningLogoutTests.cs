using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class HardeningLogoutTests(Apps apps)
{
    [Fact]
    public async Task Logout_WithoutAntiforgeryToken_Is400_AndKeepsTheSession()
    {
        var app = apps.Get("sqlite");
        var org = await TestOrg.CreateAsync(app);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await HardeningForms.SignInWithFormAsync(browser, await HardeningForms.EmailOfAsync(org), TestOrg.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/me")).StatusCode);

        // What a forged cross-site form would send: the cookie, but no token.
        var forged = await browser.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/me")).StatusCode);

        var token = await HardeningForms.TokenFromAsync(browser, "/login");
        var logout = await browser.PostAsync("/account/logout", HardeningForms.TokenForm(token));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/login", logout.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
    }
}
