using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class CoachApiTests(Apps apps)
{
    [Fact]
    public async Task Analyze_JudgesAnActivity_NamesTheWord_AndAnswersInTheReadersLanguage()
    {
        var org = await TestOrg.CreateAsync(apps.Get("sqlite"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/coach/analyze")
        {
            Content = JsonContent.Create(new { text = "Vi ska ringa 100 kalla samtal", kind = "keyResult", language = (string?)null }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await org.Admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("sv", body.GetProperty("language").GetString());
        Assert.Equal("activity", body.GetProperty("classification").GetString());
        var finding = body.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "activity");
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal(7, finding.GetProperty("span").GetProperty("start").GetInt32());
        Assert.Equal(5, finding.GetProperty("span").GetProperty("length").GetInt32());
        Assert.Contains("describes something we do", finding.GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("suggestion").GetString()));
    }

    [Fact]
    public async Task Analyze_RefusesTextsOverAThousandCharacters_AndUnknownKinds()
    {
        var org = await TestOrg.CreateAsync(apps.Get("sqlite"));
        var tooLong = await org.Admin.PostAsJsonAsync("/api/v1/coach/analyze", new { text = new string('a', 1001), kind = "keyResult" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.JsonAsync()).GetProperty("errors").TryGetProperty("text", out _));
        var kind = await org.Admin.PostAsJsonAsync("/api/v1/coach/analyze", new { text = "Öka NPS från 30 till 45", kind = "poem" });
        Assert.True((await kind.JsonAsync()).GetProperty("errors").TryGetProperty("kind", out _));
        var objective = await (await org.Admin.PostAsJsonAsync("/api/v1/coach/analyze", new { text = "Öka omsättningen med 20 %", kind = "objective" })).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, objective.GetProperty("classification").ValueKind);
        Assert.Contains(objective.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "objective-has-metric");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SavedObjective_IsCoachedWithItsKeyResults(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Growth", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team);
        var coaching = await (await org.Admin.GetAsync($"/api/v1/objectives/{objective.Id()}/coach")).JsonAsync();
        Assert.Equal(3, coaching.GetProperty("keyResults").GetArrayLength());
        Assert.Contains(coaching.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "no-owner");
        var score = coaching.GetProperty("score").GetInt32();
        Assert.InRange(score, 0, 100);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Health_ShowsTheOutcomeShare_AndTheObjectivesNeedingAttention(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Sales", org.AdminPersonId);
        var good = await org.CreateObjectiveAsync(org.Admin, team, org.AdminPersonId);
        var busy = await (await org.Admin.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = "Ring fler kunder", level = "team", periodId = org.PeriodId, ownerTeamId = team,
            keyResults = new[]
            {
                new { title = "Ring 100 kalla samtal", type = "number", startValue = 0, targetValue = 100, direction = "increase" },
                new { title = "Skicka 500 mejl", type = "number", startValue = 0, targetValue = 500, direction = "increase" },
            },
        })).JsonAsync();

        var health = await (await org.Admin.GetAsync($"/api/v1/coach/health?teamId={team}")).JsonAsync();
        var period = health.GetProperty("period");
        Assert.Equal(2, period.GetProperty("objectives").GetInt32());
        Assert.Equal(5, period.GetProperty("keyResults").GetInt32());
        Assert.InRange(period.GetProperty("outcomeShare").GetDouble(), 0.2, 0.8);
        var attention = health.GetProperty("needAttention").EnumerateArray().Select(a => a.Id()).ToList();
        Assert.Contains(busy.Id(), attention);
        Assert.DoesNotContain(good.Id(), attention);
        Assert.Contains(health.GetProperty("commonFindings").EnumerateArray(), f => f.GetProperty("code").GetString() == "activity");
        Assert.Single(health.GetProperty("trend").EnumerateArray());
    }
}
