namespace Fokus.Core.Exchange;

/// <summary>
/// The "key results" sheet of Fokus's XLSX and CSV export: one row per key result with its objective repeated.
/// The export writes the header in the reader's language; the importer recognises either language.
/// </summary>
public static class KeyResultSheetColumns
{
    public sealed record Column(string Key, string English, string Swedish);

    public static readonly Column ObjectiveId = new("objectiveId", "Objective ID", "Mål-ID");
    public static readonly Column Objective = new("objective", "Objective", "Mål");
    public static readonly Column ObjectiveDescription = new("objectiveDescription", "Objective description", "Målbeskrivning");
    public static readonly Column Level = new("level", "Level", "Nivå");
    public static readonly Column Period = new("period", "Period", "Period");
    public static readonly Column Team = new("team", "Team", "Team");
    public static readonly Column ObjectiveOwner = new("objectiveOwner", "Objective owner", "Målägare");
    public static readonly Column ParentObjectiveId = new("parentObjectiveId", "Parent objective ID", "Överordnat mål-ID");
    public static readonly Column KeyResultId = new("keyResultId", "Key result ID", "Nyckelresultat-ID");
    public static readonly Column KeyResult = new("keyResult", "Key result", "Nyckelresultat");
    public static readonly Column Type = new("type", "Type", "Typ");
    public static readonly Column Unit = new("unit", "Unit", "Enhet");
    public static readonly Column Currency = new("currency", "Currency", "Valuta");
    public static readonly Column Direction = new("direction", "Direction", "Riktning");
    public static readonly Column Start = new("start", "Start", "Start");
    public static readonly Column Target = new("target", "Target", "Målvärde");
    public static readonly Column Current = new("current", "Current", "Nuvarande");
    public static readonly Column Weight = new("weight", "Weight", "Vikt");
    public static readonly Column Owner = new("owner", "Key result owner", "Ägare");
    public static readonly Column Progress = new("progress", "Progress", "Framsteg");
    public static readonly Column Status = new("status", "Status", "Status");
    public static readonly Column Confidence = new("confidence", "Confidence", "Tilltro");
    public static readonly Column LastCheckIn = new("lastCheckIn", "Last check-in", "Senaste incheckning");
    public static readonly Column Score = new("score", "Score", "Poäng");

    /// <summary>In the order the export writes them.</summary>
    public static readonly IReadOnlyList<Column> All =
    [
        ObjectiveId, Objective, ObjectiveDescription, Level, Period, Team, ObjectiveOwner, ParentObjectiveId,
        KeyResultId, KeyResult, Type, Unit, Currency, Direction, Start, Target, Current, Weight, Owner,
        Progress, Status, Confidence, LastCheckIn, Score,
    ];

    public static string Header(Column column, bool swedish) => swedish ? column.Swedish : column.English;
}
