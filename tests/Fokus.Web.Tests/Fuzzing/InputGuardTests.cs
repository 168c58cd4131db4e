using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Fokus.Web.Tests.Fuzzing;

/// <summary>The refusals the fuzzer found missing, each pinned: NUL, a charset that is not UTF-8, an oversized collection.</summary>
[Collection(AppsCollection.Name)]
public sealed class InputGuardTests(Apps apps)
{
    private static StringContent Json(string json, string contentType = "application/json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Nul_InBodyQueryOrNestedField_Answers400NamingTheField(string provider)
    {
        var app = apps.Get(provider);
        var anonymous = app.CreateClient();
        var login = await anonymous.PostAsync("/api/v1/auth/login", Json("""{"email":"a\u0000b@test.example","password":"x"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.True((await login.JsonAsync()).GetProperty("errors").TryGetProperty("email", out _));

        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Team", org.AdminPersonId);
        var objective = await org.Admin.PostAsync("/api/v1/objectives", Json($$"""
            {"title":"T","periodId":"{{org.PeriodId}}","level":"team","ownerTeamId":"{{team}}",
             "keyResults":[{"title":"ok","type":"milestone"},{"title":"bad\u0000","type":"milestone"}]}
            """));
        Assert.Equal(HttpStatusCode.BadRequest, objective.StatusCode);
        Assert.True((await objective.JsonAsync()).GetProperty("errors").TryGetProperty("keyResults[1].title", out _));

        var search = await org.Admin.GetAsync("/api/v1/teams?search=a%00b");
        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        Assert.True((await search.JsonAsync()).GetProperty("errors").TryGetProperty("search", out _));
        var objectives = await (await org.Admin.GetAsync($"/api/v1/objectives?periodId={org.PeriodId}")).JsonAsync();
        Assert.Equal(0, objectives.GetProperty("total").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task JsonInAnotherCharset_Answers415_AndQuotedUtf8IsUtf8(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var body = """{"name":"Charset team","memberIds":[]}""";
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await org.Admin.PostAsync("/api/v1/teams", Json(body, "application/json; charset=bogus"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await org.Admin.PostAsync("/api/v1/teams", Json(body, "application/json; charset=utf-16"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await org.Admin.PostAsync("/api/v1/teams", Json(body, "application/json; charset=\"UTF-8\""))).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UploadThatSaysMultipartButIsNot_Answers400_NamingTheFile(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        // Found by the fuzzer (seed 681185834): a 500 before the form was read with care.
        var response = await org.Admin.PostAsync("/api/v1/imports", Json("""{"dup":1,"dup":2}""", "multipart/form-data; boundary=x"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("file", out _));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MultipartUpload_WhoseBoundaryMentionsJson_IsNotTakenForJson(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        using var form = new MultipartFormDataContent("----jsonBoundary7");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("objective;key result;start;target\nFaster support;Answer time;48;4\n"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "okrs.csv");
        var response = await org.Admin.PostAsync("/api/v1/imports", form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CollectionOverTheMaximum_Answers400NamingIt_AtTheMaximumIsRead(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var over = await org.Admin.PostAsJsonAsync("/api/v1/teams",
            new { name = "Big", memberIds = Enumerable.Range(0, 40_000).Select(_ => Guid.NewGuid()) });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.True((await over.JsonAsync()).GetProperty("errors").TryGetProperty("memberIds", out _));
        // 500 unknown ids reach the handler, which names them as a field error of its own.
        var at = await org.Admin.PostAsJsonAsync("/api/v1/teams",
            new { name = "Big", memberIds = Enumerable.Range(0, FuzzRequests.MaxItems).Select(_ => Guid.NewGuid()) });
        Assert.Equal(HttpStatusCode.BadRequest, at.StatusCode);
        var errors = (await at.JsonAsync()).GetProperty("errors");
        Assert.True(errors.EnumerateObject().Any(e => e.Name.StartsWith("memberIds", StringComparison.Ordinal)), errors.ToString());
    }
}
