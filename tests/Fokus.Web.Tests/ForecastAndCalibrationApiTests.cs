using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fokus.Core.Model;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>
/// GET /key-results/{id}/forecast and GET /periods/{id}/calibration on both databases. Check-in histories spread over weeks are
/// written straight into the database (the API stamps check-ins with the present moment).
/// </summary>
[Collection(AppsCollection.Name)]
public sealed class ForecastAndCalibrationApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Forecast_ProjectsTheWeeklyTrendToThePeriodEnd_AndSaysNotEnoughDataBelowThreeCheckIns(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var objective = await org.CreateObjectiveAsync(org.Admin, await org.AddTeamAsync("Growth", org.AdminPersonId));
        var (start, end) = await PeriodAsync(org);
        var kr = objective.Kr(0).Id(); // 0 → 100, increase
        // 10 more every week at 09:00: slope 10/7 a day through the origin 09:00 on the first day.
        await BackfillAsync(app, start, kr, [(0, 0m, 5), (7, 10m, 6), (14, 20m, 6), (21, 30m, 7)]);

        var forecast = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}/forecast")).JsonAsync();
        var days = end.DayNumber + 1 - start.DayNumber - 9 / 24.0;
        var expected = 10.0 / 7 * days;
        Assert.Equal("theil-sen-bootstrap", forecast.GetProperty("method").GetString());
        Assert.Equal(4, forecast.GetProperty("basedOnCheckIns").GetInt32());
        Assert.Equal(expected, forecast.GetProperty("projectedValue").GetDouble(), 3);
        Assert.Equal(expected, forecast.GetProperty("low").GetDouble(), 3);
        Assert.Equal(expected, forecast.GetProperty("high").GetDouble(), 3);
        // A quarter has at least 89 days: the line passes 100 by day 70.
        Assert.Equal(1, forecast.GetProperty("probability").GetDouble());
        Assert.False(forecast.GetProperty("atRisk").GetBoolean());
        Assert.Equal(end.ToString("yyyy-MM-dd"), forecast.GetProperty("periodEnd").GetString());

        var decrease = objective.Kr(1).Id();
        await BackfillAsync(app, start, decrease, [(0, 50m, 5), (7, 45m, 5)]);
        var early = await (await org.Admin.GetAsync($"/api/v1/key-results/{decrease}/forecast")).JsonAsync();
        Assert.Equal("not-enough-data", early.GetProperty("method").GetString());
        Assert.Equal(2, early.GetProperty("basedOnCheckIns").GetInt32());
        Assert.Equal(JsonValueKind.Null, early.GetProperty("probability").ValueKind);
        Assert.Equal(JsonValueKind.Null, early.GetProperty("projectedValue").ValueKind);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Forecast_OfAnotherOrganisationsKeyResult_IsNotFound(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var other = await TestOrg.CreateAsync(app);
        var kr = (await org.CreateObjectiveAsync(org.Admin, await org.AddTeamAsync("Growth", org.AdminPersonId))).Kr(0).Id();

        Assert.Equal(HttpStatusCode.OK, (await org.Admin.GetAsync($"/api/v1/key-results/{kr}/forecast")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.GetAsync($"/api/v1/key-results/{kr}/forecast")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Admin.GetAsync($"/api/v1/key-results/{Guid.NewGuid()}/forecast")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Calibration_ComparesConfidenceWithOutcomes_PerTeamAndPerson_AndSkipsCheckInsAfterTheEnd(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var (_, person) = await org.AddPersonAsync("member");
        var teamA = await org.AddTeamAsync("Sales", org.AdminPersonId);
        var teamB = await org.AddTeamAsync("Support", org.AdminPersonId);
        var a = await org.CreateObjectiveAsync(org.Admin, teamA);
        var b = await org.CreateObjectiveAsync(org.Admin, teamB);
        var (start, end) = await PeriodAsync(org);
        var afterEnd = end.DayNumber - start.DayNumber + 2;
        // Team A: 0 → 100 ends at 80 (progress 0.8, a hit), rated 7 and 8 (and 10 once the period was over, which must not count);
        // 50 → 10 ends at 40 (0.25, a miss), rated 7 and 3 by the member.
        await BackfillAsync(app, start, a.Kr(0).Id(), [(7, 40m, 7), (14, 80m, 8), (afterEnd, 80m, 10)]);
        await BackfillAsync(app, start, a.Kr(1).Id(), [(7, 45m, 7), (14, 40m, 3)], author: person);
        // Team B: 0 → 100 stays at 0 (a miss) rated 9; the milestone was never done but scored 0.7 (a hit by its score), rated 6.
        await BackfillAsync(app, start, b.Kr(0).Id(), [(7, 0m, 9)]);
        await BackfillAsync(app, start, b.Kr(2).Id(), [(7, null, 6)], score: 0.7m);
        await CloseAsync(org);

        // (0.7−1)² + (0.8−1)² + 0.7² + 0.3² = 0.71 over 4 check-ins.
        var teamCalibration = await (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}/calibration?teamId={teamA}")).JsonAsync();
        Assert.Equal(0.1775, teamCalibration.GetProperty("brierScore").GetDouble(), 6);
        Assert.Equal(4, teamCalibration.GetProperty("checkIns").GetInt32());
        Assert.Equal("closed", teamCalibration.GetProperty("periodState").GetString());
        var bins = teamCalibration.GetProperty("bins").EnumerateArray().ToList();
        Assert.Equal(11, bins.Count);
        Assert.Equal((2, 0.5), Bin(bins[7]));
        Assert.Equal((1, 1.0), Bin(bins[8]));
        Assert.Equal((1, 0.0), Bin(bins[3]));
        Assert.Equal(0, bins[10].GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, bins[10].GetProperty("hitRate").ValueKind);

        // Everyone: + 0.9² for team B's miss and (0.6−1)² for the scored milestone = 1.68 over 6.
        var all = await (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}/calibration")).JsonAsync();
        Assert.Equal(0.28, all.GetProperty("brierScore").GetDouble(), 6);
        Assert.Equal(4, all.GetProperty("keyResults").GetInt32());
        var member = await (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}/calibration?personId={person}")).JsonAsync();
        Assert.Equal(0.29, member.GetProperty("brierScore").GetDouble(), 6);

        var trend = await (await org.Admin.GetAsync($"/api/v1/periods/calibration-trend?teamId={teamA}")).JsonAsync();
        var point = Assert.Single(trend.EnumerateArray());
        Assert.Equal(org.PeriodId, point.GetProperty("periodId").GetGuid());
        Assert.Equal(0.1775, point.GetProperty("brierScore").GetDouble(), 6);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Calibration_OfAnotherOrganisationsPeriodOrTeam_IsNotFound_AndAnEmptyPeriodHasNoScore(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var other = await TestOrg.CreateAsync(app);
        var otherTeam = await other.AddTeamAsync("Away", other.AdminPersonId);

        var empty = await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}/calibration");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await empty.JsonAsync()).GetProperty("brierScore").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}/calibration")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}/calibration?teamId={otherTeam}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}/calibration?personId={other.AdminPersonId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Admin.GetAsync($"/api/v1/periods/calibration-trend?teamId={otherTeam}")).StatusCode);
        Assert.Empty((await (await org.Admin.GetAsync("/api/v1/periods/calibration-trend")).JsonAsync()).EnumerateArray());
    }

    private static (int Count, double HitRate) Bin(JsonElement bin) =>
        (bin.GetProperty("count").GetInt32(), bin.GetProperty("hitRate").GetDouble());

    private static async Task<(DateOnly Start, DateOnly End)> PeriodAsync(TestOrg org)
    {
        var period = await (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}")).JsonAsync();
        return (DateOnly.Parse(period.GetProperty("startDate").GetString()!), DateOnly.Parse(period.GetProperty("endDate").GetString()!));
    }

    private static async Task CloseAsync(TestOrg org)
    {
        var period = await (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}")).JsonAsync();
        var closed = await org.Admin.PutAsJsonAsync($"/api/v1/periods/{org.PeriodId}", new
        {
            name = period.GetProperty("name").GetString(), startDate = period.GetProperty("startDate").GetString(), kind = "quarter", state = "closed",
        });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
    }

    /// <summary>Check-ins at 09:00 UTC on the given days after the period's start; the key result takes the latest value.</summary>
    private static async Task BackfillAsync(FokusApp app, DateOnly start, Guid keyResultId, (int Day, decimal? Value, int Confidence)[] checkIns,
        Guid? author = null, decimal? score = null)
    {
        await using var db = (await app.Services.GetRequiredService<IDbContextFactory<FokusDbContext>>().CreateDbContextAsync()).AcrossOrganisations();
        var kr = await db.KeyResults.FirstAsync(k => k.Id == keyResultId);
        foreach (var (day, value, confidence) in checkIns)
        {
            var at = new DateTimeOffset(start.AddDays(day).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var checkIn = new CheckIn
            {
                Id = Guid.CreateVersion7(at), OrganisationId = kr.OrganisationId, KeyResultId = kr.Id, Value = value,
                Done = kr.Type == KeyResultType.Milestone ? false : null, Confidence = confidence, AuthorPersonId = author, CreatedAt = at,
            };
            db.CheckIns.Add(checkIn);
            kr.Apply(checkIn);
        }
        kr.Score = score;
        await db.SaveChangesAsync();
    }
}
