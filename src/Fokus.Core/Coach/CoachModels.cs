namespace Fokus.Core.Coach;

public enum KeyResultClass { Outcome, Activity, Vague }

public enum CoachSeverity { Info, Warning, Error }

public sealed record TextSpan(int Start, int Length);

/// <summary>One thing the coach noticed: a code, how much it matters, why (in the reader's language), where, and a rewrite to start from.</summary>
public sealed record CoachFinding(string Code, CoachSeverity Severity, string Message, TextSpan? Span, string? Suggestion);

public sealed record KeyResultAnalysis(string Language, KeyResultClass Classification, int Score, IReadOnlyList<CoachFinding> Findings);

public sealed record ObjectiveTextAnalysis(string Language, int Score, IReadOnlyList<CoachFinding> Findings);

/// <summary>What the coach knows about a saved key result beyond its text.</summary>
public sealed record KeyResultFacts(bool HasStartAndTarget, bool HasOwner, bool IsMilestone);
