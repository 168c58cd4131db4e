using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Tests;

/// <summary>Idempotency-Key on creating POSTs: a retry returns the first answer and stores nothing new.</summary>
[Collection(AppsCollection.Name)]
public sealed class IdempotencyTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SameKeyTwice_StoresOneCheckIn_AndAnswersTheSameBody(string provider)
    {
        var (org, kr) = await KeyResultAsync(provider);
        var key = Guid.NewGuid().ToString();
        var first = await PostAsync(org.Admin, kr, key, new { value = 10, confidence = 7, note = "first" });
        var again = await PostAsync(org.Admin, kr, key, new { value = 10, confidence = 7, note = "first" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.True(again.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(1, await CountAsync(org, kr));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SameKeyOtherBody_Is422_AndStoresNothing(string provider)
    {
        var (org, kr) = await KeyResultAsync(provider);
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(org.Admin, kr, key, new { value = 10, confidence = 7 })).StatusCode);
        var other = await PostAsync(org.Admin, kr, key, new { value = 11, confidence = 7 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.True((await other.JsonAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(1, await CountAsync(org, kr));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ParallelSameKey_StoresOneCheckIn_AndEveryoneGetsIt(string provider)
    {
        var (org, kr) = await KeyResultAsync(provider);
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            PostAsync(org.Admin, kr, key, new { value = 42, confidence = 5, note = "once" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync()).GetProperty("checkIn").Id()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await CountAsync(org, kr));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeysBelongToThePerson_AndAFailedRequestFreesTheKey(string provider)
    {
        var (org, kr) = await KeyResultAsync(provider);
        var (other, _) = await org.AddPersonAsync("admin");
        var key = Guid.NewGuid().ToString();
        // A refused request (400) stores nothing, so the corrected retry with the same key is carried out.
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(org.Admin, kr, key, new { value = 1, confidence = 11 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(org.Admin, kr, key, new { value = 1, confidence = 9 })).StatusCode);
        // Someone else's identical request with the same key is theirs, not a replay.
        var theirs = await PostAsync(other, kr, key, new { value = 1, confidence = 9 });
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(2, await CountAsync(org, kr));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryCreatingPost_HonoursTheKey_BadKeysAre400_AndOpenApiNamesTheHeader(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var key = Guid.NewGuid().ToString();
        var body = new { name = "Platform", description = "", parentTeamId = (Guid?)null, leadPersonId = (Guid?)null, memberIds = Array.Empty<Guid>() };
        var teams = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Send(org.Admin, "/api/v1/teams", key, body)));
        Assert.All(teams, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var list = await (await org.Admin.GetAsync("/api/v1/teams?search=Platform")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());

        var tooLong = await Send(org.Admin, "/api/v1/teams", new string('k', 201), body);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.JsonAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));

        var document = await (await org.Admin.GetAsync("/openapi/v1.json")).JsonAsync();
        var parameters = document.GetProperty("paths").GetProperty("/api/v1/key-results/{id}/check-ins").GetProperty("post").GetProperty("parameters");
        Assert.Contains(parameters.EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignInAndPasswordPosts_IgnoreTheKey_SoNoCredentialOrTokenIsKept(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var key = Guid.NewGuid().ToString();
        using var change = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/password")
        {
            Content = JsonContent.Create(new { currentPassword = "wrong-password-1", newPassword = "a-much-longer-passphrase-42" }),
        };
        change.Headers.Add("Idempotency-Key", key);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Admin.SendAsync(change)).StatusCode);
        await using var db = await ImportApi.DbAsync(app);
        Assert.False(await db.IdempotencyRecords.AnyAsync(r => r.Key == key));
        var openApi = await (await org.Admin.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(openApi);
        var passwordPost = doc.RootElement.GetProperty("paths").GetProperty("/api/v1/auth/password").GetProperty("post");
        Assert.False(passwordPost.TryGetProperty("parameters", out var ps) && ps.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "Idempotency-Key"));
    }

    private async Task<(TestOrg Org, Guid Kr)> KeyResultAsync(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Ops", org.AdminPersonId);
        return (org, (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id());
    }

    internal static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid kr, string key, object body) =>
        Send(client, $"/api/v1/key-results/{kr}/check-ins", key, body);

    private static Task<HttpResponseMessage> Send(HttpClient client, string path, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static async Task<int> CountAsync(TestOrg org, Guid kr) =>
        (await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}/check-ins?pageSize=1")).JsonAsync()).GetProperty("total").GetInt32();
}
