using System.Globalization;
using System.Text;
using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;

namespace Fokus.Web.Features.Demo;

/// <summary>
/// Turns one language's <see cref="DemoContent"/> into entities: the previous quarter (closed, scored)
/// and the current one checked in up to today, with every date relative to the clock's now.
/// </summary>
internal sealed class DemoBuilder
{
    private readonly DemoContent content;
    private readonly string language;
    private readonly DateTimeOffset now;
    private readonly FiscalQuarter current;
    private readonly FiscalQuarter previous;
    private readonly DemoGraph graph;
    private readonly CheckInHistory history;
    private readonly Dictionary<string, Person> people = [];
    private readonly Dictionary<string, Team> teams = [];
    private readonly Dictionary<string, string> homeTeamOfPerson = [];
    private readonly Dictionary<string, (Objective Objective, Period? Period, List<KeyResult> KeyResults)> objectives = [];

    private DemoBuilder(DemoContent content, string language, DateTimeOffset now)
    {
        this.content = content;
        this.language = language;
        this.now = now;
        current = PeriodCalendar.QuarterContaining(DateOnly.FromDateTime(now.UtcDateTime), 1);
        previous = current.Previous();
        history = new CheckInHistory(new Random(42), content, now);
        graph = new DemoGraph(new Organisation
        {
            Id = Guid.CreateVersion7(),
            Name = content.OrganisationName,
            Vision = content.Vision,
            Mission = content.Mission,
            DefaultLanguage = language,
            FiscalYearStartMonth = 1,
            CheckInWeekday = DayOfWeek.Monday,
            TimeZoneId = "Europe/Stockholm",
            // Founded a few weeks before the history it holds begins.
            CreatedAt = Earlier(At(previous.Start.AddDays(-21), 8)),
        });
    }

    /// <param name="language">"sv" or "en": period names and the organisation's default language.</param>
    public static DemoGraph Build(DemoContent content, string language, DateTimeOffset now) =>
        new DemoBuilder(content, language, now).BuildGraph();

    private DemoGraph BuildGraph()
    {
        AddPeople();
        AddTeams();
        var closed = AddPeriod(previous, PeriodState.Closed);
        var active = AddPeriod(current, PeriodState.Active);
        AddObjectives(content.Strategic, null, Earlier(graph.Organisation.CreatedAt.AddDays(1)));
        AddObjectives(content.PreviousQuarter, closed, Earlier(At(previous.Start.AddDays(-5), 13)));
        AddObjectives(content.CurrentQuarter, active, Earlier(At(current.Start.AddDays(-5), 13)));
        AddInitiatives();
        return graph;
    }

    private void AddPeople()
    {
        foreach (var p in content.People)
        {
            var email = p.Email ?? $"{EmailName(p.Name)}@fokus.example";
            var user = new FokusUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
            };
            var person = new Person
            {
                Id = Guid.CreateVersion7(),
                OrganisationId = graph.Organisation.Id,
                UserId = user.Id,
                Name = p.Name,
                Email = email,
                Title = p.Title,
                Role = p.Role,
            };
            graph.Users.Add(user);
            graph.People.Add(person);
            people.Add(p.Key, person);
        }
    }

    private void AddTeams()
    {
        foreach (var t in content.Teams)
        {
            var team = new Team
            {
                Id = Guid.CreateVersion7(),
                OrganisationId = graph.Organisation.Id,
                Name = t.Name,
                Description = t.Description,
                ParentTeamId = t.Parent is null ? null : Lookup(teams, t.Parent, "team").Id,
                LeadPersonId = Lookup(people, t.Lead, "person").Id,
            };
            graph.Teams.Add(team);
            teams.Add(t.Key, team);
            foreach (var member in t.Members.Distinct())
            {
                graph.TeamMembers.Add(new TeamMember { OrganisationId = team.OrganisationId, TeamId = team.Id, PersonId = Lookup(people, member, "person").Id });
                // A person's check-in phrases come from the team they work in, not the leadership team.
                if (t.Key != DemoDsl.LeadershipTeam || !homeTeamOfPerson.ContainsKey(member)) homeTeamOfPerson[member] = t.Key;
            }
        }
    }

    private Period AddPeriod(FiscalQuarter quarter, PeriodState state)
    {
        var period = new Period
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = graph.Organisation.Id,
            Name = quarter.Name(language),
            StartDate = quarter.Start,
            EndDate = quarter.End,
            Kind = PeriodKind.Quarter,
            State = state,
        };
        graph.Periods.Add(period);
        return period;
    }

    private void AddObjectives(IReadOnlyList<ObjectiveData> data, Period? period, DateTimeOffset createdAt)
    {
        var isClosed = period?.State == PeriodState.Closed;
        for (var i = 0; i < data.Count; i++)
        {
            var o = data[i];
            var objective = new Objective
            {
                Id = Guid.CreateVersion7(),
                OrganisationId = graph.Organisation.Id,
                PeriodId = period?.Id,
                Title = o.Title,
                Description = o.Description,
                Level = o.Level,
                OwnerTeamId = o.Team is null ? null : Lookup(teams, o.Team, "team").Id,
                OwnerPersonId = o.Person is null ? null : Lookup(people, o.Person, "person").Id,
                ParentObjectiveId = o.Parent is null ? null : Lookup(objectives, o.Parent, "objective").Objective.Id,
                State = isClosed ? ObjectiveState.Closed : o.State,
                SortOrder = i,
                Version = 1,
                CreatedAt = o.State == ObjectiveState.Draft ? Earlier(now.AddDays(-2)) : createdAt,
            };
            objective.UpdatedAt = isClosed ? Earlier(At(period!.EndDate.AddDays(4), 15)) : objective.CreatedAt;
            graph.Objectives.Add(objective);
            var keyResults = o.KeyResults.Select((kr, index) => AddKeyResult(objective, o, kr, index, period)).ToList();
            objectives.Add(o.Key, (objective, period, keyResults));
        }
    }

    private KeyResult AddKeyResult(Objective objective, ObjectiveData o, KrData data, int index, Period? period)
    {
        var kr = new KeyResult
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = graph.Organisation.Id,
            ObjectiveId = objective.Id,
            Title = data.Title,
            OwnerPersonId = Lookup(people, data.Owner, "person").Id,
            Type = data.Type,
            Unit = data.Unit,
            CurrencyCode = data.Type == KeyResultType.Currency ? "SEK" : null,
            StartValue = data.Start,
            TargetValue = data.Target,
            CurrentValue = data.Type == KeyResultType.Milestone ? 0 : data.Start,
            Direction = data.Direction,
            Weight = data.Weight,
            SortOrder = index,
            CreatedAt = objective.CreatedAt,
            Version = 1,
        };
        graph.KeyResults.Add(kr);

        if (period is null)
            kr.CurrentValue = CheckInHistory.ValueAt(data, data.Pace); // multi-year: a standing value, no weekly rhythm
        else if (o.State != ObjectiveState.Draft)
        {
            var team = o.Team ?? homeTeamOfPerson.GetValueOrDefault(o.Person!, DemoDsl.LeadershipTeam);
            graph.CheckIns.AddRange(history.Write(kr, data, period, team));
            if (period.State == PeriodState.Closed) kr.Score = ScoreRule.Suggest(kr.Progress);
        }
        return kr;
    }

    private void AddInitiatives()
    {
        foreach (var i in content.Initiatives)
        {
            var first = Lookup(objectives, i.KeyResults[0].Objective, "objective");
            var initiative = new Initiative
            {
                Id = Guid.CreateVersion7(),
                OrganisationId = graph.Organisation.Id,
                Title = i.Title,
                Description = i.Description,
                OwnerPersonId = Lookup(people, i.Owner, "person").Id,
                Status = i.Status,
                DueDate = i.DueWeek is { } week && first.Period is { } period ? period.StartDate.AddDays(7 * week) : null,
            };
            graph.Initiatives.Add(initiative);
            foreach (var (objectiveKey, index) in i.KeyResults)
            {
                var keyResults = Lookup(objectives, objectiveKey, "objective").KeyResults;
                if (index < 0 || index >= keyResults.Count)
                    throw new InvalidOperationException($"Demo data: objective '{objectiveKey}' has no key result {index}.");
                graph.InitiativeKeyResults.Add(new InitiativeKeyResult { OrganisationId = initiative.OrganisationId, InitiativeId = initiative.Id, KeyResultId = keyResults[index].Id });
            }
        }
    }

    private static T Lookup<T>(Dictionary<string, T> map, string key, string what) =>
        map.TryGetValue(key, out var value)
            ? value
            : throw new InvalidOperationException($"Demo data: unknown {what} '{key}' (or it is used before it is defined).");

    private DateTimeOffset Earlier(DateTimeOffset at) => at < now ? at : now;

    internal static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    /// <summary>"Nils Åkesson" → "nils.akesson".</summary>
    private static string EmailName(string name)
    {
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(c == ' ' ? '.' : char.ToLowerInvariant(c));
        }
        return plain.ToString();
    }
}
