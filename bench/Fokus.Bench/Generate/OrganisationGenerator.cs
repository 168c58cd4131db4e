using System.Diagnostics;
using Fokus.Core.Model;
using Fokus.Data;

namespace Fokus.Bench.Generate;

/// <summary>Plans the whole organisation in memory (except check-ins, which stream), then writes it type by type.</summary>
internal sealed class OrganisationGenerator(FokusDbContext db, GenerateOptions options, LoadReport report)
{
    public const string OrganisationName = "Bench AB";

    public async Task GenerateAsync(DateTimeOffset now, CancellationToken ct)
    {
        var size = options.Size;
        var planning = Stopwatch.StartNew();
        var random = new Random(20_26);
        var organisation = new Organisation
        {
            Id = Guid.CreateVersion7(),
            Name = OrganisationName,
            Vision = "Every team knows what matters most this quarter.",
            Mission = "We measure outcomes, not activities.",
            DefaultLanguage = "en",
            CreatedAt = now.AddYears(-1),
        };
        var chart = new OrgChart(size.People, size.Teams);
        var people = PeopleFactory.Create(organisation.Id, chart);
        var teams = TeamFactory.Create(organisation.Id, organisation.Name, chart, people);
        var periods = PeriodFactory.Create(organisation, now);
        var objectives = new ObjectiveFactory(organisation.Id, chart, teams, people, periods).Create(size.Objectives);
        var keyResults = KeyResultFactory.Create(objectives, chart, people, size.KeyResults, size.CheckIns, random);
        Console.WriteLine($"Planned {people.Count:N0} people in {teams.Count:N0} teams (tree branching {chart.Branching}), " +
            $"{objectives.Count:N0} objectives, {keyResults.Count:N0} key results in {planning.Elapsed.TotalSeconds:F1} s; " +
            $"periods {periods.Previous.Name} (closed) and {periods.Current.Name} (active).");

        var writer = new BatchWriter(db, report);
        await writer.WriteAsync("organisation", [organisation], 1, ct);
        await writer.WriteAsync("users", people.Select(p => p.User), people.Count, ct);
        await writer.WriteAsync("people", people.Select(p => p.Person), people.Count, ct);
        await writer.WriteAsync("teams", teams, teams.Count, ct);
        await writer.WriteAsync("team members", TeamFactory.Members(chart, teams, people), people.Count, ct);
        await writer.WriteAsync("periods", [periods.Previous, periods.Current], 2, ct);
        await writer.WriteAsync("objectives", objectives.Select(o => o.Objective), objectives.Count, ct);
        await writer.WriteAsync("key results", keyResults.Select(k => k.KeyResult), keyResults.Count, ct);

        var checkIns = keyResults.SelectMany(CheckInSeries.Generate);
        if (options.Provider == DatabaseProvider.Postgres)
            await PostgresCheckInCopy.WriteAsync(db, checkIns, report.Start("check-ins (COPY)", size.CheckIns), ct);
        else
            await writer.WriteAsync("check-ins", checkIns, size.CheckIns, ct);
    }
}
