using System.Globalization;
using System.Text;

namespace Fokus.Web.Tests.Fuzzing;

/// <summary>A JSON literal written as is (odd numbers such as 1e400, or text that is not JSON at all).</summary>
internal sealed record RawJson(string Text);

/// <summary>
/// Writes a generated value tree (dictionaries, lists, strings, bools, RawJson) as JSON. Our own writer because
/// System.Text.Json refuses lone surrogates, which the fuzzer wants to send escaped ("\ud800").
/// </summary>
internal static class FuzzJson
{
    public static string Write(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case RawJson raw: sb.Append(raw.Text); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case string s: WriteString(sb, s); break;
            case int or long or decimal or double:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case IDictionary<string, object?> map:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in map)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    WriteString(sb, k);
                    sb.Append(':');
                    Write(sb, v);
                }
                sb.Append('}');
                break;
            case IEnumerable<object?> list:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem) sb.Append(',');
                    firstItem = false;
                    Write(sb, item);
                }
                sb.Append(']');
                break;
            default: throw new ArgumentException($"Cannot write {value.GetType()}");
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            if (c == '"') sb.Append("\\\"");
            else if (c == '\\') sb.Append("\\\\");
            else if (c < 0x20 || char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        sb.Append('"');
    }
}
