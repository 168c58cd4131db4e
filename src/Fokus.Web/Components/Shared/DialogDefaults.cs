using MudBlazor;

namespace Fokus.Web.Components.Shared;

/// <summary>Dialog options shared by the edit forms: full width up to a small screen, Escape closes, a labelled close button.</summary>
internal static class DialogDefaults
{
    public static DialogOptions Form { get; } = new()
    {
        MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, CloseButton = true, BackdropClick = false,
    };
}
