using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fokus.Web.Tests;

/// <summary>A fresh organisation signed up through the API, with helpers to add people, teams and OKRs.</summary>
public sealed class TestOrg
{
    public const string Password = "correct-horse-battery";
    private readonly FokusApp app;

    private TestOrg(FokusApp app, HttpClient admin, Guid adminPersonId, Guid periodId)
    {
        (this.app, Admin, AdminPersonId, PeriodId) = (app, admin, adminPersonId, periodId);
    }

    public HttpClient Admin { get; }
    public Guid AdminPersonId { get; }
    public Guid PeriodId { get; }

    public static async Task<TestOrg> CreateAsync(FokusApp app, string language = "en")
    {
        var email = $"admin-{Guid.NewGuid():N}@test.example";
        var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/organisations",
            new { name = "Test AB", adminEmail = email, adminPassword = Password, language, adminName = "Ada Admin" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var admin = await LoginAsync(app, email, Password);
        return new TestOrg(app, admin, body.GetProperty("adminPersonId").GetGuid(), body.GetProperty("currentPeriodId").GetGuid());
    }

    public static async Task<HttpClient> LoginAsync(FokusApp app, string email, string password)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Adds a person with a login in the given role and returns a signed-in client.</summary>
    public async Task<(HttpClient Client, Guid PersonId)> AddPersonAsync(string role, string? name = null)
    {
        var email = $"{role}-{Guid.NewGuid():N}@test.example";
        var response = await Admin.PostAsJsonAsync("/api/v1/people",
            new { name = name ?? $"{role} person", email, title = "", role, password = Password, teamIds = Array.Empty<Guid>() });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (await LoginAsync(app, email, Password), id);
    }

    public async Task<Guid> AddTeamAsync(string name, Guid? leadPersonId = null, params Guid[] memberIds)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/teams",
            new { name, description = "", parentTeamId = (Guid?)null, leadPersonId, memberIds });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A team objective with three key results: increase 0→100, decrease 50→10 and a milestone.</summary>
    public async Task<JsonElement> CreateObjectiveAsync(HttpClient client, Guid teamId, Guid? krOwner = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/objectives", ObjectiveBody(teamId, krOwner));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public object ObjectiveBody(Guid teamId, Guid? krOwner = null) => new
    {
        title = "Customers love our onboarding",
        description = "",
        periodId = PeriodId,
        level = "team",
        ownerTeamId = teamId,
        keyResults = new object[]
        {
            new { title = "Activated customers", type = "number", unit = "", startValue = 0, targetValue = 100, direction = "increase", ownerPersonId = krOwner },
            new { title = "Days to first value", type = "number", unit = "days", startValue = 50, targetValue = 10, direction = "decrease", ownerPersonId = krOwner },
            new { title = "New onboarding flow live", type = "milestone", ownerPersonId = krOwner },
        },
    };
}

internal static class JsonExtensions
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static JsonElement Kr(this JsonElement objective, int index) => objective.GetProperty("keyResults")[index];
}
