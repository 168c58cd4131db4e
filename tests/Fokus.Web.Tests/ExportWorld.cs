using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>
/// An organisation to export: E-commerce with its sub-team Checkout, and Logistik beside them; check-ins, an initiative
/// and a Swedish reflection from the quarter review on E-commerce's objective.
/// </summary>
internal sealed record ExportWorld(TestOrg Org, Guid Ecommerce, Guid Checkout, Guid Logistik, Guid EcommerceObjective,
    Guid ActivatedKr, Guid DaysKr, string Reflection)
{
    public const string CheckoutObjective = "Snabbare kassa för alla kunder";
    public const string LogistikObjective = "Leveranser i tid";

    public static async Task<ExportWorld> CreateAsync(FokusApp app, string language = "en")
    {
        var org = await TestOrg.CreateAsync(app, language);
        var ecommerce = await org.AddTeamAsync("E-commerce", org.AdminPersonId);
        var checkout = await SubTeamAsync(org, "Checkout", ecommerce);
        var logistik = await org.AddTeamAsync("Logistik", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, ecommerce, org.AdminPersonId);
        var (activated, days) = (objective.Kr(0).Id(), objective.Kr(1).Id());
        await ObjectiveAsync(org, checkout, CheckoutObjective);
        await ObjectiveAsync(org, logistik, LogistikObjective);
        await CheckInAsync(org, activated, new { value = 25, confidence = 6, wentWell = "Första kunderna", blockers = "", note = "" });
        await CheckInAsync(org, activated, new { value = 40, confidence = 7, wentWell = "Två stora vinster", blockers = "Väntar på API", note = "" });
        await CheckInAsync(org, days, new { value = 30, confidence = 5 });
        var initiative = await org.Admin.PostAsJsonAsync("/api/v1/initiatives", new
        {
            title = "Guided first steps", description = "A tour for new customers", ownerPersonId = org.AdminPersonId,
            status = "inProgress", dueDate = "2026-12-15", keyResultIds = new[] { activated },
        });
        Assert.Equal(HttpStatusCode.Created, initiative.StatusCode);
        const string reflection = "Återkoppling varje vecka gav värdefull fart och ökade tempot";
        var review = await org.Admin.PutAsJsonAsync($"/api/v1/objectives/{objective.Id()}/review", new
        {
            scores = new[] { new { id = activated, score = 0.7 } }, outcome = "partlyAchieved", whatWorked = reflection,
            whatDidNot = "", doDifferently = "",
        });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        return new ExportWorld(org, ecommerce, checkout, logistik, objective.Id(), activated, days, reflection);
    }

    private static async Task<Guid> SubTeamAsync(TestOrg org, string name, Guid parent)
    {
        var response = await org.Admin.PostAsJsonAsync("/api/v1/teams",
            new { name, description = "", parentTeamId = parent, leadPersonId = org.AdminPersonId, memberIds = Array.Empty<Guid>() });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).Id();
    }

    public static async Task<Guid> ObjectiveAsync(TestOrg org, Guid team, string title, Guid? periodId = null)
    {
        var response = await org.Admin.PostAsJsonAsync("/api/v1/objectives", new
        {
            title, description = "", periodId = periodId ?? org.PeriodId, level = "team", ownerTeamId = team,
            keyResults = new object[]
            {
                new { title = $"{title}: andel", type = "percent", unit = "", startValue = 10.5, targetValue = 60, direction = "increase" },
                new { title = $"{title}: kostnad", type = "currency", currencyCode = "SEK", unit = "", startValue = 1000, targetValue = 800, direction = "decrease" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).Id();
    }

    private static async Task CheckInAsync(TestOrg org, Guid kr, object body) =>
        Assert.Equal(HttpStatusCode.Created, (await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", body)).StatusCode);

    /// <summary>GET an export in a language; the bytes and the response for its headers.</summary>
    public static async Task<(HttpResponseMessage Response, byte[] Bytes)> GetAsync(HttpClient client, string query, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/exports?{query}");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }
}
