namespace Fokus.Core.Model;

/// <summary>A person's role in one organisation, from least to most rights.</summary>
public enum Role { Viewer, Member, Lead, Admin }

public enum KeyResultType { Number, Percent, Currency, Milestone }

public enum Direction { Increase, Decrease, AtLeast, AtMost }

public enum ObjectiveLevel { Strategic, Company, Team, Personal }

public enum ObjectiveState { Draft, Active, Closed, Archived }

public enum PeriodState { Planning, Active, Closed }

public enum PeriodKind { Quarter, Custom }

public enum InitiativeStatus { NotStarted, InProgress, Done, Stopped }

/// <summary>NotStarted: a new key result without a first check-in, inside its grace days. Appended so stored numbers keep their meaning.</summary>
public enum KeyResultStatus { OnTrack, AtRisk, OffTrack, Done, NotStarted }
