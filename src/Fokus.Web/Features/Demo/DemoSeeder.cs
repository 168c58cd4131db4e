using Fokus.Data;
using Microsoft.AspNetCore.Identity;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Demo;

/// <summary>
/// Fills an empty database with Fjällvind AB, a believable demo organisation: teams, people with logins,
/// strategic objectives, a closed and scored previous quarter and the current quarter checked in up to today.
/// </summary>
internal sealed class DemoSeeder(IDbContextFactory<FokusDbContext> dbs, IPasswordHasher<FokusUser> hasher, TimeProvider clock, ILogger<DemoSeeder> log)
{
    /// <summary>The password of every demo account (admin@, lead@, member@, viewer@fokus.example and the rest).</summary>
    public const string Password = "fokus-demo";

    /// <summary>Seeds only when the database has no organisation; returns true when it seeded.</summary>
    /// <param name="language">"sv" or "en": the language of every demo text and the organisation's default.</param>
    public async Task<bool> SeedIfEmptyAsync(string language, CancellationToken ct)
    {
        // The seeder asks whether any organisation exists, then writes the new one with explicit organisation ids.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        if (await db.Organisations.AnyAsync(ct)) return false;

        var demo = DemoBuilder.Build(DemoContent.For(language), DemoContent.LanguageCode(language), clock.GetUtcNow());
        // PBKDF2 is slow on purpose: hash the shared password once and give every account the same hash.
        var hash = hasher.HashPassword(demo.Users[0], Password);
        foreach (var user in demo.Users) user.PasswordHash = hash;

        demo.AddTo(db);
        await db.SaveChangesAsync(ct);
        log.LogInformation(
            "Seeded demo organisation {Organisation} ({Language}): {People} people, {Teams} teams, {Objectives} objectives, "
            + "{KeyResults} key results, {CheckIns} check-ins, {Initiatives} initiatives",
            demo.Organisation.Name, demo.Organisation.DefaultLanguage, demo.People.Count, demo.Teams.Count,
            demo.Objectives.Count, demo.KeyResults.Count, demo.CheckIns.Count, demo.Initiatives.Count);
        return true;
    }
}
