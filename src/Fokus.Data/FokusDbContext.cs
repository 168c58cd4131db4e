using Fokus.Core.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Fokus.Data;

public sealed partial class FokusDbContext(DbContextOptions<FokusDbContext> options)
    : IdentityUserContext<FokusUser, Guid>(options), IDataProtectionKeyContext
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Period> Periods => Set<Period>();
    public DbSet<PeriodReopening> PeriodReopenings => Set<PeriodReopening>();
    public DbSet<Objective> Objectives => Set<Objective>();
    public DbSet<KeyResult> KeyResults => Set<KeyResult>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<CheckInComment> CheckInComments => Set<CheckInComment>();
    public DbSet<CheckInReaction> CheckInReactions => Set<CheckInReaction>();
    public DbSet<ObjectiveReview> ObjectiveReviews => Set<ObjectiveReview>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingItem> MeetingItems => Set<MeetingItem>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativeKeyResult> InitiativeKeyResults => Set<InitiativeKeyResult>();
    public DbSet<TeamRhythm> TeamRhythms => Set<TeamRhythm>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<Digest> Digests => Set<Digest>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<ImportSession> ImportSessions => Set<ImportSession>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<CircuitStateEntry> CircuitStates => Set<CircuitStateEntry>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FokusDbContext).Assembly);
        ApplyOrganisationFilter(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot order or compare DateTimeOffset text; a binary long sorts correctly (all values are UTC).
        if (Database.ProviderName == SqliteProvider)
            builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        builder.Properties<decimal>().HavePrecision(18, 4);
    }
}
