namespace Fokus.Web.Components.Shared;

/// <summary>
/// The number fields of one form, cascaded to them: a form saves only when every field holds a number it read (or is
/// empty where empty is allowed), so a pending "Did you mean 2.61?" or a typo is never saved as the old value.
/// </summary>
public sealed class NumberInputs
{
    private readonly HashSet<object> unsettled = [];

    public bool Settled => unsettled.Count == 0;

    internal void Report(object field, bool settled)
    {
        if (settled) unsettled.Remove(field);
        else unsettled.Add(field);
    }
}
