namespace Fokus.Web;

/// <summary>Marker for IStringLocalizer: the texts are Resources/SharedResource(.sv).resx.</summary>
internal sealed class SharedResource;
