using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>A closed period opens again only with a reason, and the re-opening is kept: who, when and why.</summary>
[Collection(AppsCollection.Name)]
public sealed class PeriodReopeningTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReopeningAClosedPeriod_NeedsAReason_AndIsRecorded(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var created = await org.Admin.PostAsJsonAsync("/api/v1/periods",
            new { kind = "custom", name = "Spring 2031", startDate = "2031-03-01", endDate = "2031-05-31", state = "closed" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).Id();
        var body = new { name = "Spring 2031", startDate = "2031-03-01", endDate = "2031-05-31", kind = "custom", state = "active" };

        foreach (var reason in new[] { null, "   ", new string('r', 1001) })
        {
            var refused = await org.Admin.PutAsJsonAsync($"/api/v1/periods/{id}", new { body.name, body.startDate, body.endDate, body.kind, body.state, reason });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        }
        Assert.Equal("closed", (await (await org.Admin.GetAsync($"/api/v1/periods/{id}")).JsonAsync()).GetProperty("state").GetString());
        Assert.Equal(0, (await (await org.Admin.GetAsync($"/api/v1/periods/reopenings?periodId={id}")).JsonAsync()).GetArrayLength());

        var reopened = await org.Admin.PutAsJsonAsync($"/api/v1/periods/{id}",
            new { body.name, body.startDate, body.endDate, body.kind, body.state, reason = "A late customer survey changes two scores" });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal("active", (await reopened.JsonAsync()).GetProperty("state").GetString());

        var (viewer, _) = await org.AddPersonAsync("viewer");
        var history = await (await viewer.GetAsync("/api/v1/periods/reopenings")).JsonAsync();
        var row = Assert.Single(history.EnumerateArray());
        Assert.Equal(("A late customer survey changes two scores", "Spring 2031", "Ada Admin"),
            (row.GetProperty("reason").GetString(), row.GetProperty("periodName").GetString(), row.GetProperty("personName").GetString()));
        Assert.Equal(org.AdminPersonId, row.GetProperty("personId").GetGuid());
        Assert.True(DateTimeOffset.UtcNow - row.GetProperty("at").GetDateTimeOffset() < TimeSpan.FromMinutes(5));

        // Moving an open period needs no reason.
        var planning = await org.Admin.PutAsJsonAsync($"/api/v1/periods/{id}", new { body.name, body.startDate, body.endDate, body.kind, state = "planning" });
        Assert.Equal(HttpStatusCode.OK, planning.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Admin.GetAsync($"/api/v1/periods/reopenings?periodId={Guid.NewGuid()}")).StatusCode);
    }
}
