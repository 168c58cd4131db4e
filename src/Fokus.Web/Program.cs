using Fokus.Web.Components;
using Fokus.Web.Data;
using Fokus.Web.Features.Auth;
using Fokus.Web.Features.Backup;
using Fokus.Web.Features.BigPicture;
using Fokus.Web.Features.CheckIns;
using Fokus.Web.Features.Coach;
using Fokus.Web.Features.Demo;
using Fokus.Web.Features.Exports;
using Fokus.Web.Features.Health;
using Fokus.Web.Features.Imports;
using Fokus.Web.Features.Initiatives;
using Fokus.Web.Features.KeyResults;
using Fokus.Web.Features.Meetings;
using Fokus.Web.Features.MyFocus;
using Fokus.Web.Features.Notifications;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Features.Organisations;
using Fokus.Web.Features.People;
using Fokus.Web.Features.Periods;
using Fokus.Web.Features.Restart;
using Fokus.Web.Features.Review;
using Fokus.Web.Features.Teams;
using Fokus.Web.Infrastructure;

if (BackupCommandLine.Matches(args)) return await BackupCommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(HostFolders.Options(args));

builder.Services
    .AddFokusDatabase(builder.Configuration)
    .AddFokusApi()
    .AddFokusSecurityHeaders()
    .AddIdempotency()
    .AddFokusAuth(builder.Configuration)
    .AddFokusRateLimits(builder.Configuration)
    .AddFokusLocalization()
    .AddFokusUi()
    .AddDemo()
    .AddOrganisations()
    .AddTeams()
    .AddPeople()
    .AddPeriods()
    .AddObjectives()
    .AddKeyResults()
    .AddCheckIns()
    .AddInitiatives()
    .AddBigPicture()
    .AddCoach()
    .AddMyFocus()
    .AddReview()
    .AddNotifications(builder.Configuration)
    .AddMeetings()
    .AddExports()
    .AddImports()
    .AddBackup(builder.Configuration)
    .AddRestartResume(builder.Configuration);

var app = builder.Build();
if (!await app.PrepareDatabaseAsync())
{
    // Disposing flushes the console log, so the one line that says why reaches the operator.
    await app.DisposeAsync();
    return 1;
}

app.UseFokusForwardedHeaders();
app.UseFokusSecurityHeaders();
app.UseRequestLocalization();
app.UseFokusApi();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMembershipCheck();
app.UseAuthorization();
app.UseAntiforgery();
app.UseIdempotency();

app.MapHealth();
app.MapApiReference();
app.MapAuth();
app.MapOrganisations();
app.MapTeams();
app.MapPeople();
app.MapPeriods();
app.MapObjectives();
app.MapKeyResults();
app.MapCheckIns();
app.MapInitiatives();
app.MapBigPicture();
app.MapCoach();
app.MapReview();
app.MapNotifications();
app.MapMeetings();
app.MapExports();
app.MapImports();
app.MapBackup();
app.MapRestartResume();
app.MapFokusUi();
app.PrintWelcomeOnStart();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
