using System.Text.Json.Serialization;
using Fokus.Core.Model;
using Fokus.Web.Features.KeyResults;

namespace Fokus.Web.Features.Objectives;

/// <summary>What the editor holds while a person writes: nothing typed is lost when a save fails or is stale.</summary>
/// <remarks>JSON round-trips it whole (lists filled in place, what was saved included): a server restart keeps it.</remarks>
[JsonObjectCreationHandling(JsonObjectCreationHandling.Populate)]
public sealed class ObjectiveDraft
{
    public Guid? Id { get; set; }
    public int Version { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public ObjectiveLevel Level { get; set; } = ObjectiveLevel.Team;
    public Guid? OwnerTeamId { get; set; }
    public string? OwnerTeamName { get; set; }
    public Guid? OwnerPersonId { get; set; }
    public Guid? PeriodId { get; set; }
    public Guid? ParentObjectiveId { get; set; }
    public string? ParentTitle { get; set; }
    public ObjectiveState State { get; set; } = ObjectiveState.Active;
    public List<KeyResultDraft> KeyResults { get; } = [];
    public List<KeyResultDraft> Removed { get; } = [];

    /// <summary>The objective as loaded or last saved: an unchanged one is not written, so editing only key results never conflicts.</summary>
    [JsonInclude] internal UpdateObjectiveRequest? Saved { get; set; }

    public static ObjectiveDraft From(ObjectiveDto o, string? parentTitle)
    {
        var draft = new ObjectiveDraft
        {
            Id = o.Id, Version = o.Version, Title = o.Title, Description = o.Description, Level = o.Level,
            OwnerTeamId = o.OwnerTeamId, OwnerTeamName = o.OwnerPersonId is null ? o.OwnerName : null, OwnerPersonId = o.OwnerPersonId,
            PeriodId = o.PeriodId, ParentObjectiveId = o.ParentObjectiveId, ParentTitle = parentTitle, State = o.State,
        };
        draft.KeyResults.AddRange(o.KeyResults.OrderBy(k => k.SortOrder).Select(KeyResultDraft.From));
        draft.Saved = draft.ToUpdate();
        return draft;
    }

    public KeyResultDraft AddKeyResult(Guid? ownerPersonId, string? ownerName)
    {
        var kr = new KeyResultDraft { OwnerPersonId = ownerPersonId, OwnerName = ownerName };
        KeyResults.Add(kr);
        return kr;
    }

    public void Remove(int index)
    {
        var kr = KeyResults[index];
        KeyResults.RemoveAt(index);
        if (kr.Id is not null) Removed.Add(kr);
    }

    public void Move(int index, int by)
    {
        var to = index + by;
        if (index < 0 || index >= KeyResults.Count || to < 0 || to >= KeyResults.Count) return;
        (KeyResults[index], KeyResults[to]) = (KeyResults[to], KeyResults[index]);
    }

    internal CreateObjectiveRequest ToCreate() => new(Title, Description, PeriodId, Level, OwnerTeamId, OwnerPersonId,
        ParentObjectiveId, State, null, KeyResults.Select((k, i) => k.ToInput(i)).ToList());

    internal UpdateObjectiveRequest ToUpdate() => new(Version, Title, Description, PeriodId, Level, OwnerTeamId, OwnerPersonId,
        ParentObjectiveId, State, null);
}

public sealed class KeyResultDraft
{
    public Guid? Id { get; set; }
    public int Version { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public Guid? OwnerPersonId { get; set; }
    public string? OwnerName { get; set; }
    public KeyResultType Type { get; set; } = KeyResultType.Number;
    public string? Unit { get; set; }
    public string? CurrencyCode { get; set; }
    public decimal? StartValue { get; set; } = 0;
    public decimal? TargetValue { get; set; }
    public Direction Direction { get; set; } = Direction.Increase;
    public decimal? Weight { get; set; } = 1;
    /// <summary>Percent only: values may go beyond 0–100 (growth rates).</summary>
    public bool UnboundedPercent { get; set; }
    /// <summary>The key result as loaded or last saved; an unchanged one is not written again.</summary>
    [JsonInclude] internal UpdateKeyResultRequest? Saved { get; set; }

    public static KeyResultDraft From(KeyResultDto k) => new KeyResultDraft
    {
        Id = k.Id, Version = k.Version, Title = k.Title, Description = k.Description, OwnerPersonId = k.OwnerPersonId,
        OwnerName = k.OwnerName, Type = k.Type, Unit = k.Unit, CurrencyCode = k.CurrencyCode, StartValue = k.StartValue,
        TargetValue = k.TargetValue, Direction = k.Direction, Weight = k.Weight, UnboundedPercent = k.UnboundedPercent,
    }.MarkSaved(k.Version, k.SortOrder);

    public KeyResultDraft MarkSaved(int version, int sortOrder)
    {
        Version = version;
        Saved = ToUpdate(sortOrder);
        return this;
    }

    public bool ChangedSince(int sortOrder) => Saved != ToUpdate(sortOrder);

    internal KeyResultInput ToInput(int sortOrder) => new(Title, Description, OwnerPersonId, Type, Unit,
        Type == KeyResultType.Currency ? CurrencyCode ?? "SEK" : null,
        Type == KeyResultType.Milestone ? 0 : StartValue, Type == KeyResultType.Milestone ? 1 : TargetValue, Direction, Weight, sortOrder)
        { UnboundedPercent = Type == KeyResultType.Percent && UnboundedPercent };

    internal UpdateKeyResultRequest ToUpdate(int sortOrder)
    {
        var i = ToInput(sortOrder);
        return new(Version, i.Title, i.Description, i.OwnerPersonId, i.Type, i.Unit, i.CurrencyCode, i.StartValue, i.TargetValue,
            i.Direction, i.Weight, i.SortOrder) { UnboundedPercent = i.UnboundedPercent };
    }
}
