using Fokus.Core.Model;
using Fokus.Data;

namespace Fokus.Web.Features.Demo;

/// <summary>Every row of one demo organisation, ready to be added to a context and saved at once.</summary>
internal sealed class DemoGraph(Organisation organisation)
{
    public Organisation Organisation { get; } = organisation;
    public List<FokusUser> Users { get; } = [];
    public List<Person> People { get; } = [];
    public List<Team> Teams { get; } = [];
    public List<TeamMember> TeamMembers { get; } = [];
    public List<Period> Periods { get; } = [];
    public List<Objective> Objectives { get; } = [];
    public List<KeyResult> KeyResults { get; } = [];
    public List<CheckIn> CheckIns { get; } = [];
    public List<Initiative> Initiatives { get; } = [];
    public List<InitiativeKeyResult> InitiativeKeyResults { get; } = [];

    public void AddTo(FokusDbContext db)
    {
        db.Organisations.Add(Organisation);
        db.Users.AddRange(Users);
        db.People.AddRange(People);
        db.Teams.AddRange(Teams);
        db.TeamMembers.AddRange(TeamMembers);
        db.Periods.AddRange(Periods);
        db.Objectives.AddRange(Objectives);
        db.KeyResults.AddRange(KeyResults);
        db.CheckIns.AddRange(CheckIns);
        db.Initiatives.AddRange(Initiatives);
        db.InitiativeKeyResults.AddRange(InitiativeKeyResults);
    }
}
