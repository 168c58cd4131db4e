namespace Fokus.Web.Infrastructure;

internal sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Page numbers start at 1; page sizes are capped so no list call can ask for everything.</summary>
internal readonly record struct PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 500;
    public const int MaxPage = 100_000;

    public static PageRequest Of(int? page, int? pageSize, int defaultSize = 50) =>
        new(Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(pageSize ?? defaultSize, 1, MaxPageSize));

    public int Skip => (Page - 1) * PageSize;
}
