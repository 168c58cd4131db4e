namespace Fokus.Core.Imports;

/// <summary>The resource keys of import problems (listed with their texts in PROBLEM_KEYS.md).</summary>
public static class ImportProblems
{
    public const string MissingColumn = "Import.Problem.MissingColumn";
    public const string EmptySheet = "Import.Problem.EmptySheet";
    public const string MissingTitle = "Import.Problem.MissingTitle";
    public const string MissingValue = "Import.Problem.MissingValue";
    public const string NotANumber = "Import.Problem.NotANumber";
    public const string NotADate = "Import.Problem.NotADate";
    public const string NotYesOrNo = "Import.Problem.NotYesOrNo";
    public const string AmbiguousNumber = "Import.Problem.AmbiguousNumber";
    public const string UnusualDecimalSeparator = "Import.Problem.UnusualDecimalSeparator";
    public const string UnknownDirection = "Import.Problem.UnknownDirection";
    public const string UnknownType = "Import.Problem.UnknownType";
    public const string UnknownLevel = "Import.Problem.UnknownLevel";
    public const string UnknownRowKind = "Import.Problem.UnknownRowKind";
    public const string UnknownCurrency = "Import.Problem.UnknownCurrency";
    public const string CurrencyMissing = "Import.Problem.CurrencyMissing";
    public const string StartEqualsTarget = "Import.Problem.StartEqualsTarget";
    public const string TargetBelowStart = "Import.Problem.TargetBelowStart";
    public const string TargetAboveStart = "Import.Problem.TargetAboveStart";
    public const string OutOfRange = "Import.Problem.OutOfRange";
    public const string TooLong = "Import.Problem.TooLong";
    public const string TooManyKeyResults = "Import.Problem.TooManyKeyResults";
    public const string KeyResultWithoutObjective = "Import.Problem.KeyResultWithoutObjective";
    public const string ReadAsMilestone = "Import.Problem.ReadAsMilestone";
    public const string UnknownParent = "Import.Problem.UnknownParent";
    public const string AlignmentCycle = "Import.Problem.AlignmentCycle";
    public const string ExtraParentsIgnored = "Import.Problem.ExtraParentsIgnored";
    public const string DuplicateRowId = "Import.Problem.DuplicateRowId";
    public const string InitiativeSkipped = "Import.Problem.InitiativeSkipped";
    public const string MetricIgnored = "Import.Problem.MetricIgnored";
    public const string NotFokusDocument = "Import.Problem.NotFokusDocument";
    public const string UnsupportedVersion = "Import.Problem.UnsupportedVersion";

    /// <summary>Every key, for the resource parity check in Web.</summary>
    public static readonly IReadOnlyList<string> All = typeof(ImportProblems).GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();

    /// <summary>Limits shared with the editor's validators (ObjectiveValidation, KeyResultRules).</summary>
    public const int MaxTitle = 300, MaxDescription = 4000, MaxUnit = 32, MaxKeyResults = 25;
}
