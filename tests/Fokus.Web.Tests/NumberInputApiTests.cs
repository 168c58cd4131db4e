using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Fokus.Web.Tests;

/// <summary>The API takes JSON numbers only (issue #9 §2): a number in a string is a field error, never read.</summary>
[Collection(AppsCollection.Name)]
public sealed class NumberInputApiTests(Apps apps)
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("sqlite", "\"2,61\"")]
    [InlineData("sqlite", "\"261\"")]
    [InlineData("sqlite", "\"2.61\"")]
    [InlineData("postgres", "\"2,61\"")]
    [InlineData("postgres", "\"261\"")]
    [InlineData("postgres", "\"2.61\"")]
    public async Task CheckIn_ValueAsString_Answers400OnValueAndStoresNothing(string provider, string value)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Numbers", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();

        var response = await org.Admin.PostAsync($"/api/v1/key-results/{kr}/check-ins", Json($$"""{"value": {{value}}, "confidence": 7}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("value", out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        var history = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}/check-ins")).JsonAsync();
        Assert.Equal(0, history.GetProperty("total").GetInt32());
        var stored = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}")).JsonAsync();
        Assert.Equal(0m, stored.GetProperty("currentValue").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckIn_JsonNumber_IsStoredExactly(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Numbers", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();

        var response = await org.Admin.PostAsync($"/api/v1/key-results/{kr}/check-ins", Json("""{"value": 2.61, "confidence": 7}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}")).JsonAsync();
        Assert.Equal(2.61m, stored.GetProperty("currentValue").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeyResult_NumbersAsStrings_Answer400OnEachField(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Numbers", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team);
        var before = (await (await org.Admin.GetAsync($"/api/v1/key-results?objectiveId={objective.Id()}")).JsonAsync()).GetProperty("total").GetInt32();

        foreach (var (field, body) in new[]
        {
            ("targetValue", """{"title": "Paying customers", "type": "number", "unit": "", "startValue": 0, "targetValue": "1,000", "direction": "increase"}"""),
            ("startValue", """{"title": "Paying customers", "type": "number", "unit": "", "startValue": "10", "targetValue": 100, "direction": "increase"}"""),
            ("weight", """{"title": "Paying customers", "type": "number", "unit": "", "startValue": 0, "targetValue": 100, "direction": "increase", "weight": "2"}"""),
        })
        {
            var response = await org.Admin.PostAsync($"/api/v1/objectives/{objective.Id()}/key-results", Json(body));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
        }

        var after = (await (await org.Admin.GetAsync($"/api/v1/key-results?objectiveId={objective.Id()}")).JsonAsync()).GetProperty("total").GetInt32();
        Assert.Equal(before, after);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Responses_WriteNumbersAsJsonNumbers(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Numbers", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        Assert.Equal(HttpStatusCode.Created, (await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 1000.5m, confidence = 6 })).StatusCode);

        var stored = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Number, stored.GetProperty("currentValue").ValueKind);
        Assert.Equal(1000.5m, stored.GetProperty("currentValue").GetDecimal());
    }
}
