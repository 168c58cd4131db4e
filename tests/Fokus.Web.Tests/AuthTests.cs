using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class AuthTests(Apps apps)
{
    private static readonly string[] Anonymous =
        ["/api/v1/auth/login", "/api/v1/organisations", "/api/v1/auth/forgot-password", "/api/v1/auth/reset-password"];

    [Fact]
    public async Task EveryApiEndpoint_WithoutSignIn_Answers401()
    {
        var app = apps.Get("sqlite");
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true)
            .ToList();
        Assert.True(endpoints.Count >= 30, $"only {endpoints.Count} API endpoints found");
        var client = app.CreateClient();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText!;
            if (Anonymous.Contains(route)) continue;
            var url = route.Replace("{id:guid}", Guid.NewGuid().ToString()).Replace("{id}", Guid.NewGuid().ToString());
            foreach (var method in endpoint.Metadata.OfType<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().SelectMany(m => m.HttpMethods))
            {
                var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT") request.Content = JsonContent.Create(new { });
                var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {route} answered {(int)response.StatusCode}");
            }
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Me_ReturnsTheSignedInPerson_WithoutSecrets(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var response = await org.Admin.GetAsync("/api/v1/me");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.JsonAsync();
        Assert.Equal("admin", me.GetProperty("role").GetString());
        Assert.Equal(org.AdminPersonId, me.GetProperty("personId").GetGuid());
        Assert.DoesNotContain(TestOrg.Password, text);
        Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
        var person = await (await org.Admin.GetAsync($"/api/v1/people/{org.AdminPersonId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("passwordHash", person, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", person, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Login_LocksTheAccountAfterRepeatedFailures(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var email = (await (await org.Admin.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("email").GetString();
        var client = app.CreateClient();
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong-password" })).StatusCode);
        // The fifth failure starts a wait for this account from this client (SignInTests covers the rest); during it even
        // the right password is refused.
        Assert.Equal((HttpStatusCode)429, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong-password" })).StatusCode);
        var locked = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestOrg.Password });
        Assert.Equal((HttpStatusCode)429, locked.StatusCode);
    }

    [Fact]
    public async Task SignUp_WithWeakPasswordOrTakenEmail_IsAFieldError()
    {
        var app = apps.Get("sqlite");
        var client = app.CreateClient();
        var weak = await client.PostAsJsonAsync("/api/v1/organisations", new { name = "X", adminEmail = "weak@test.example", adminPassword = "short", language = "sv" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.True((await weak.JsonAsync()).GetProperty("errors").TryGetProperty("adminPassword", out _));

        var org = await TestOrg.CreateAsync(app);
        var email = (await (await org.Admin.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("email").GetString();
        var taken = await client.PostAsJsonAsync("/api/v1/organisations", new { name = "Y", adminEmail = email, adminPassword = "long-enough-pw", language = "en" });
        Assert.True((await taken.JsonAsync()).GetProperty("errors").TryGetProperty("adminEmail", out _));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RemovedPerson_LosesAccessAtOnce_AndDemotedAdmin_LosesAdminRights(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var (member, memberId) = await org.AddPersonAsync("member");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/api/v1/big-picture")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await org.Admin.DeleteAsync($"/api/v1/people/{memberId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.GetAsync("/api/v1/big-picture")).StatusCode);

        var (second, secondId) = await org.AddPersonAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await second.PutAsJsonAsync("/api/v1/organisation", new { name = "Still admin" })).StatusCode);
        var person = await (await org.Admin.GetAsync($"/api/v1/people/{secondId}")).JsonAsync();
        var demote = await org.Admin.PutAsJsonAsync($"/api/v1/people/{secondId}", new
        {
            name = person.GetProperty("name").GetString(), email = person.GetProperty("email").GetString(), title = "", role = "viewer",
        });
        Assert.Equal(HttpStatusCode.OK, demote.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await second.PutAsJsonAsync("/api/v1/organisation", new { name = "Not any more" })).StatusCode);
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\r\nSet-Cookie:x=1")]
    public async Task LanguageSwitch_NeverRedirectsOffSite(string returnUrl)
    {
        var client = apps.Get("sqlite").CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/culture?lang=en&returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
