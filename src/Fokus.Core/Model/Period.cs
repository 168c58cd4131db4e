namespace Fokus.Core.Model;

public sealed class Period : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public DateOnly StartDate { get; set; }
    /// <summary>Inclusive last day.</summary>
    public DateOnly EndDate { get; set; }
    public PeriodKind Kind { get; set; }
    public PeriodState State { get; set; } = PeriodState.Planning;

    public bool Contains(DateOnly day) => day >= StartDate && day <= EndDate;
}
