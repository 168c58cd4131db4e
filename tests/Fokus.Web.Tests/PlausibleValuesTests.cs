using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fokus.Web.Tests;

/// <summary>Issue #9 §3: implausible numbers are refused with a field error, or asked about, and nothing is stored.</summary>
[Collection(AppsCollection.Name)]
public sealed class PlausibleValuesTests(Apps apps)
{
    private static object Kr(string title, string type = "number", decimal start = 0, decimal target = 100, string direction = "increase",
        decimal? weight = null, bool? unboundedPercent = null) =>
        new { title, type, unit = "", startValue = start, targetValue = target, direction, weight, unboundedPercent };

    private static object Objective(TestOrg org, Guid team, string title, IEnumerable<object> krs) =>
        new { title, level = "team", periodId = org.PeriodId, ownerTeamId = team, keyResults = krs.ToArray() };

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("errors").Clone();
    }

    private static async Task<int> KeyResultCountAsync(HttpClient client, Guid objectiveId) =>
        (await (await client.GetAsync($"/api/v1/key-results?objectiveId={objectiveId}")).JsonAsync()).GetProperty("total").GetInt32();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ElevenKeyResults_Answer400_TenAreFine(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Growth", org.AdminPersonId);

        var eleven = await org.Admin.PostAsJsonAsync("/api/v1/objectives",
            Objective(org, team, "Too many", Enumerable.Range(1, 11).Select(i => Kr($"Key result {i}"))));
        Assert.True((await ErrorsAsync(eleven)).TryGetProperty("keyResults", out _));
        var all = await (await org.Admin.GetAsync("/api/v1/objectives")).JsonAsync();
        Assert.Equal(0, all.GetProperty("total").GetInt32());

        var ten = await org.Admin.PostAsJsonAsync("/api/v1/objectives",
            Objective(org, team, "Just enough", Enumerable.Range(1, 10).Select(i => Kr($"Key result {i}"))));
        Assert.Equal(HttpStatusCode.Created, ten.StatusCode);
        var objectiveId = (await ten.JsonAsync()).Id();

        // One more through the key-result endpoint is the eleventh, too.
        var eleventh = await org.Admin.PostAsJsonAsync($"/api/v1/objectives/{objectiveId}/key-results", Kr("Key result 11"));
        Assert.True((await ErrorsAsync(eleventh)).TryGetProperty("keyResults", out _));
        Assert.Equal(10, await KeyResultCountAsync(org.Admin, objectiveId));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StartEqualsTarget_Answers400_UnlessStayAtLeastOrAtMost(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Growth", org.AdminPersonId);

        var flat = await org.Admin.PostAsJsonAsync("/api/v1/objectives",
            Objective(org, team, "Flat", [Kr("Customers", start: 40, target: 40)]));
        Assert.True((await ErrorsAsync(flat)).TryGetProperty("keyResults[0].targetValue", out _));

        var stay = await org.Admin.PostAsJsonAsync("/api/v1/objectives",
            Objective(org, team, "Keep it up", [Kr("Uptime", "percent", 99, 99, "atLeast"), Kr("Open incidents", start: 2, target: 2, direction: "atMost")]));
        Assert.Equal(HttpStatusCode.Created, stay.StatusCode);
        var objective = await stay.JsonAsync();

        var decrease = await org.Admin.PostAsJsonAsync($"/api/v1/objectives/{objective.Id()}/key-results",
            Kr("Days to value", start: 10, target: 10, direction: "decrease"));
        Assert.True((await ErrorsAsync(decrease)).TryGetProperty("targetValue", out _));

        // An edit that makes start equal target is refused as well.
        var uptime = objective.Kr(0);
        var edit = await org.Admin.PutAsJsonAsync($"/api/v1/key-results/{uptime.Id()}", new
        {
            version = uptime.GetProperty("version").GetInt32(), title = "Uptime", type = "percent", startValue = 99, targetValue = 99, direction = "increase",
        });
        Assert.True((await ErrorsAsync(edit)).TryGetProperty("targetValue", out _));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NegativeOrZeroWeight_Answers400_NeverStoredAsZero(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Growth", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team);

        foreach (var weight in new[] { -1m, 0m })
        {
            var response = await org.Admin.PostAsJsonAsync($"/api/v1/objectives/{objective.Id()}/key-results", Kr("Weighted", weight: weight));
            Assert.True((await ErrorsAsync(response)).TryGetProperty("weight", out _));
        }
        var inObjective = await org.Admin.PostAsJsonAsync("/api/v1/objectives", Objective(org, team, "Weights", [Kr("Negative", weight: -2)]));
        Assert.True((await ErrorsAsync(inObjective)).TryGetProperty("keyResults[0].weight", out _));
        Assert.Equal(3, await KeyResultCountAsync(org.Admin, objective.Id()));

        var half = await org.Admin.PostAsJsonAsync($"/api/v1/objectives/{objective.Id()}/key-results", Kr("Half weight", weight: 0.5m));
        Assert.Equal(HttpStatusCode.Created, half.StatusCode);
        Assert.Equal(0.5m, (await half.JsonAsync()).GetProperty("weight").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Percent250_Answers400_UnlessTheKeyResultIsUnbounded(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Growth", org.AdminPersonId);
        var objective = (await org.CreateObjectiveAsync(org.Admin, team)).Id();

        var bounded = await org.Admin.PostAsJsonAsync($"/api/v1/objectives/{objective}/key-results", Kr("Growth rate", "percent", 0, 250));
        Assert.True((await ErrorsAsync(bounded)).TryGetProperty("targetValue", out _));

        var unbounded = await org.Admin.PostAsJsonAsync($"/api/v1/objectives/{objective}/key-results",
            Kr("Growth rate", "percent", 0, 250, unboundedPercent: true));
        Assert.Equal(HttpStatusCode.Created, unbounded.StatusCode);
        var growth = await unbounded.JsonAsync();
        Assert.True(growth.GetProperty("unboundedPercent").GetBoolean());
        var growthCheckIn = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{growth.Id()}/check-ins", new { value = 250, confidence = 7 });
        Assert.Equal(HttpStatusCode.Created, growthCheckIn.StatusCode);

        var share = await (await org.Admin.PostAsJsonAsync($"/api/v1/objectives/{objective}/key-results",
            Kr("Share of repeat buyers", "percent", 20, 60))).JsonAsync();
        Assert.False(share.GetProperty("unboundedPercent").GetBoolean());
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/key-results/{share.Id()}/check-ins")
        {
            Content = JsonContent.Create(new { value = 250, confidence = 7 }),
        };
        request.Headers.AcceptLanguage.ParseAdd("sv-SE");
        var refused = await ErrorsAsync(await org.Admin.SendAsync(request));
        Assert.Contains("mellan 0 och 100", refused.GetProperty("value")[0].GetString());
        var history = await (await org.Admin.GetAsync($"/api/v1/key-results/{share.Id()}/check-ins")).JsonAsync();
        Assert.Equal(0, history.GetProperty("total").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Outlier_Answers400WithoutTheFlag_201WithIt_AndCorrectionsAreJudgedToo(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Growth", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id(); // 0 → 100

        var plausible = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 1000, confidence = 6 });
        Assert.Equal(HttpStatusCode.Created, plausible.StatusCode);
        var checkInId = (await plausible.JsonAsync()).GetProperty("checkIn").Id();

        var unasked = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 5000, confidence = 6 });
        Assert.Contains("confirmOutlier", (await ErrorsAsync(unasked)).GetProperty("value")[0].GetString());

        var confirmed = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 5000, confidence = 6, confirmOutlier = true });
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.Equal(5000m, (await confirmed.JsonAsync()).GetProperty("keyResult").GetProperty("currentValue").GetDecimal());

        // Correcting the older check-in to an outlier asks the same question; the key result keeps its newest value.
        var edit = await org.Admin.PutAsJsonAsync($"/api/v1/check-ins/{checkInId}", new { confidence = 6, value = -2000 });
        Assert.True((await ErrorsAsync(edit)).TryGetProperty("value", out _));
        var editConfirmed = await org.Admin.PutAsJsonAsync($"/api/v1/check-ins/{checkInId}", new { confidence = 6, value = -2000, confirmOutlier = true });
        Assert.Equal(HttpStatusCode.OK, editConfirmed.StatusCode);
        Assert.Equal(-2000m, (await editConfirmed.JsonAsync()).GetProperty("value").GetDecimal());
        var current = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}")).JsonAsync();
        Assert.Equal(5000m, current.GetProperty("currentValue").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TooLongTexts_Answer400_AndNothingIsStored(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Growth", org.AdminPersonId);
        var title = new string('x', Fokus.Core.Model.TextLimits.Title + 1);

        var objective = await org.Admin.PostAsJsonAsync("/api/v1/objectives", Objective(org, team, title, [Kr("Fine")]));
        Assert.True((await ErrorsAsync(objective)).TryGetProperty("title", out _));
        var keyResult = await org.Admin.PostAsJsonAsync("/api/v1/objectives", Objective(org, team, "Fine", [Kr(title)]));
        Assert.True((await ErrorsAsync(keyResult)).TryGetProperty("keyResults[0].title", out _));
        var all = await (await org.Admin.GetAsync("/api/v1/objectives")).JsonAsync();
        Assert.Equal(0, all.GetProperty("total").GetInt32());

        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        var note = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins",
            new { value = 10, confidence = 5, note = new string('n', Fokus.Core.Model.TextLimits.LongText + 1) });
        Assert.True((await ErrorsAsync(note)).TryGetProperty("note", out _));
    }
}
