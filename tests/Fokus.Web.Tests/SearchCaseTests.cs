namespace Fokus.Web.Tests;

/// <summary>Search ignores case for every letter, Swedish ones included, on both databases.</summary>
[Collection(AppsCollection.Name)]
public sealed class SearchCaseTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamSearch_FindsÅÄÖ_WhateverTheCase(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Östersunds Ärendegrupp", org.AdminPersonId);
        foreach (var term in new[] { "östersunds", "ÖSTERSUNDS", "ärendeGRUPP" })
        {
            var found = (await (await org.Admin.GetAsync($"/api/v1/teams?search={Uri.EscapeDataString(term)}")).JsonAsync())
                .GetProperty("items").EnumerateArray().Select(t => t.Id()).ToList();
            Assert.Contains(team, found);
        }
        var none = (await (await org.Admin.GetAsync("/api/v1/teams?search=%C3%A5terv%C3%A4ndare")).JsonAsync()).GetProperty("items");
        Assert.Equal(0, none.GetArrayLength());
    }
}
