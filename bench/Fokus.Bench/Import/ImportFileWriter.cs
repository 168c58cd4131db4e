using System.Globalization;
using System.Text;

namespace Fokus.Bench.Import;

/// <summary>
/// A Swedish spreadsheet as people keep their OKRs: semicolons, decimal commas, spaces between thousands, the objective
/// written once and left blank on the rows below it. Titles carry a run tag so that every run creates, not updates.
/// </summary>
internal static class ImportFileWriter
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static byte[] Write(int objectives, int perObjective, IReadOnlyList<string> teams, string tag)
    {
        var sb = new StringBuilder("Mål;Team;Nyckelresultat;Start;Målvärde;Nuvarande;Enhet\r\n");
        var random = new Random(42);
        for (var o = 0; o < objectives; o++)
        {
            for (var k = 0; k < perObjective; k++)
            {
                var start = Math.Round((decimal)random.NextDouble() * 5_000m, 1);
                var target = start + 100m + Math.Round((decimal)random.NextDouble() * 20_000m, 1);
                var current = start + Math.Round((target - start) * (decimal)random.NextDouble(), 1);
                var objective = k == 0 ? $"Mål {o + 1} för kvartalet ({tag})" : "";
                var team = k == 0 ? teams[o % teams.Count] : "";
                sb.Append(objective).Append(';').Append(team).Append(';')
                  .Append($"Nyckelresultat {k + 1} av mål {o + 1}").Append(';')
                  .Append(Number(start)).Append(';').Append(Number(target)).Append(';').Append(Number(current)).Append(";st\r\n");
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    /// <summary>"12 345,6" with a no-break space, as Swedish Excel writes it.</summary>
    private static string Number(decimal value) => value.ToString("#,##0.0", Swedish);
}
