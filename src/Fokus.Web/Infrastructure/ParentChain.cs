namespace Fokus.Web.Infrastructure;

/// <summary>Checks a new parent in a hierarchy (objective alignment, team tree): it must exist, and no cycle may form.</summary>
internal static class ParentChain
{
    /// <param name="parentOf">Whether an item exists in this organisation, and its parent (null for a root).</param>
    public static async Task ValidateAsync(Guid? selfId, Guid parentId, Func<Guid, Task<(bool Exists, Guid? Parent)>> parentOf,
        Validator v, string field, string cycleKey)
    {
        Guid? cursor = parentId;
        var seen = new HashSet<Guid>();
        while (cursor is { } id)
        {
            if (id == selfId || !seen.Add(id)) { v.Add(field, cycleKey); return; }
            var (exists, next) = await parentOf(id);
            if (!exists)
            {
                if (id == parentId) v.Add(field, "Validation.NotFound");
                return;
            }
            cursor = next;
        }
    }
}
