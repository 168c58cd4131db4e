namespace Fokus.Web.Tests.Fuzzing;

/// <summary>Picks ids for a field or route: mostly the first organisation's, sometimes the other one's, unknown or not a GUID.</summary>
internal sealed class FuzzIds(Random random, FuzzWorld own, FuzzWorld other)
{
    /// <summary>Which kind of id a field or parameter names ("ownerTeamId" is a team, "attendeeIds" people).</summary>
    public static string KindOf(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.Contains("team")) return "teams";
        if (n.Contains("period")) return "periods";
        if (n.Contains("objective")) return "objectives";
        if (n.Contains("keyresult") || n.Contains("carry") || n == "id") return "key-results";
        if (n.Contains("initiative")) return "initiatives";
        if (n.Contains("checkin")) return "check-ins";
        if (n.Contains("meeting")) return "meetings";
        return "people";
    }

    public Guid Own(string kind, bool avoidProtected = false)
    {
        if (!own.Ids.TryGetValue(kind, out var ids)) return Guid.NewGuid();
        var pool = avoidProtected ? ids.Where(i => !own.Protected.Contains(i)).ToList() : ids;
        return pool.Count == 0 ? Guid.NewGuid() : pool[random.Next(pool.Count)];
    }

    public Guid Other(string kind) =>
        other.Ids.TryGetValue(kind, out var ids) ? ids[random.Next(ids.Count)] : other.AllIds.ElementAt(random.Next(other.AllIds.Count()));

    /// <summary>A route or query value: 60 % own, 15 % the other organisation's, 10 % unknown, 15 % not a GUID.</summary>
    public string RouteValue(string kind, bool avoidProtected = false) => random.Next(100) switch
    {
        < 60 => Own(kind, avoidProtected).ToString(),
        < 75 => Other(kind).ToString(),
        < 85 => Guid.NewGuid().ToString(),
        _ => FuzzValues.BadGuids[random.Next(FuzzValues.BadGuids.Length)],
    };
}
