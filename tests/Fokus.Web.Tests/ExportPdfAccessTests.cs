using System.Globalization;
using System.Net;
using System.Text.Json;
using UglyToad.PdfPig;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class ExportPdfAccessTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pdf_IsThePeriodReport_InTheReadersCulture_WithSwedishLetters(string provider)
    {
        var world = await ExportWorld.CreateAsync(apps.Get(provider));
        var report = await (await world.Org.Admin.GetAsync($"/api/v1/periods/{world.Org.PeriodId}/report")).JsonAsync();
        var ecommerceScore = report.GetProperty("teams").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "E-commerce").GetProperty("averageScore").GetDecimal();

        var (response, bytes) = await ExportWorld.GetAsync(world.Org.Admin, "format=pdf", "sv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = PdfText(bytes);
        Assert.Contains("Periodrapport", text);
        Assert.Contains("Test AB", text);
        foreach (var team in new[] { "E-commerce", "Checkout", "Logistik" }) Assert.Contains(team, text);
        Assert.Contains(ecommerceScore.ToString("0.00", new CultureInfo("sv")), text); // a decimal comma
        Assert.Contains(world.Reflection, text);
        Assert.Contains(ExportWorld.CheckoutObjective, text);

        var (_, english) = await ExportWorld.GetAsync(world.Org.Admin, $"format=pdf&teamId={world.Checkout}", "en");
        var scoped = PdfText(english);
        Assert.Contains("Period report", scoped);
        Assert.Contains(ExportWorld.CheckoutObjective, scoped);
        Assert.DoesNotContain(ExportWorld.LogistikObjective, scoped);
        Assert.DoesNotContain(world.Reflection, scoped);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_RefusesBadInput_HidesOtherOrganisations_AndLetsViewersRead(string provider)
    {
        var app = apps.Get(provider);
        var world = await ExportWorld.CreateAsync(app);
        var other = await TestOrg.CreateAsync(app);
        var otherTeam = await other.AddTeamAsync("Annat team", other.AdminPersonId);

        var (badFormat, body) = await ExportWorld.GetAsync(world.Org.Admin, "format=docx", "en");
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("format", out _));
        var (badSheet, sheetBody) = await ExportWorld.GetAsync(world.Org.Admin, "format=csv&sheet=people", "sv");
        Assert.Equal(HttpStatusCode.BadRequest, badSheet.StatusCode);
        Assert.Contains("Välj ett av", JsonDocument.Parse(sheetBody).RootElement.GetProperty("errors").GetProperty("sheet")[0].GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await ExportWorld.GetAsync(world.Org.Admin, $"format=xlsx&periodId={other.PeriodId}", "en")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ExportWorld.GetAsync(world.Org.Admin, $"format=json&teamId={otherTeam}", "en")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ExportWorld.GetAsync(world.Org.Admin, $"format=pdf&periodId={Guid.NewGuid()}", "en")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/exports?format=json")).StatusCode);

        var (viewer, _) = await world.Org.AddPersonAsync("viewer");
        var (ok, json) = await ExportWorld.GetAsync(viewer, "format=json", "en");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(3, JsonDocument.Parse(json).RootElement.GetProperty("objectives").GetArrayLength());
    }

    /// <summary>The words of every page; PdfPig reads them back through the embedded font's Unicode map.</summary>
    private static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
