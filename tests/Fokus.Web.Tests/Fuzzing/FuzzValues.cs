namespace Fokus.Web.Tests.Fuzzing;

/// <summary>The nasty values: odd strings, numbers at and past every limit, bad GUIDs, deep nesting.</summary>
internal static class FuzzValues
{
    public static readonly string[] OddStrings =
    [
        "", " ", "\t\r\n", "a\u0000b", "\u0000", "\u202Eevil\u202C", "مرحبا بالعالم", "שלום", "👩‍👩‍👧‍👦🎉🔥", "e\u0301\u0301\u0301",
        "\uD800", "x\uDC00y", "\uFFFE\uFFFF", "Ω≈ç√∫", "<script>alert(1)</script>", "'; DROP TABLE \"Teams\"; --", "%00%2e%2e/",
        "../../etc/passwd", "{{7*7}}", "${jndi:ldap://x}", "\u0085\u2028\u2029", "ＡＢＣ", "İıŞş", "ß", "null", "true", "0", "-1",
        "1e309", "NaN", "Infinity", "00000000-0000-0000-0000-000000000000", "@First Last", "Ada\u0000Admin",
    ];

    public static readonly string[] BadGuids =
    [
        "not-a-guid", "0", "-1", "00000000-0000-0000-0000-000000000000", "{}", "%00", "%20", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
        "123e4567-e89b-12d3-a456-4266141740000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "%E2%80%AE", "null", "undefined", "%2e%2e",
    ];

    public static readonly RawJson[] OddNumbers =
    [
        new("0"), new("-1"), new("-0"), new("2147483647"), new("2147483648"), new("-2147483649"), new("9223372036854775808"),
        new("1e308"), new("-1e308"), new("1e400"), new("1e-400"), new("0.00000000000000000000000001"), new("79228162514264337593543950336"),
        new("-79228162514264337593543950336"), new("123456789012345678901234567890.123456789"), new("1.5"), new("3.14159265358979"),
        new("\"NaN\""), new("\"Infinity\""), new("\"-Infinity\""), new("\"1e999\""), new("\"\""), new("\" 12 \""), new("1E2"),
    ];

    public static readonly string[] OddQueryValues =
    [
        "", "-1", "0", "2147483648", "99999999999999999999", "1.5", "NaN", "%00", "abc", "%FF%FE", "true", "%E2%80%AE",
        "a%00b", "%F0%9F%8E%89", "%D8%00", "..%2F..%2F", new string('x', 3000), "%25", "+", "[]", "{}",
    ];

    public static string LongString(Random r) => r.Next(4) switch
    {
        0 => new string('a', r.Next(1000, 70_000)),
        1 => string.Concat(Enumerable.Repeat("🎉", r.Next(200, 20_000))),
        2 => string.Concat(Enumerable.Repeat("\u202Eمرحبا", r.Next(100, 5_000))),
        _ => string.Concat(Enumerable.Repeat("e\u0301", r.Next(100, 20_000))),
    };

    public static string OddString(Random r) => r.Next(10) == 0 ? LongString(r) : OddStrings[r.Next(OddStrings.Length)];

    /// <summary>Nested arrays or objects deeper than any parser's default limit.</summary>
    public static RawJson DeepNesting(Random r)
    {
        var depth = r.Next(2) == 0 ? r.Next(60, 70) : r.Next(1_000, 20_000);
        return r.Next(2) == 0
            ? new RawJson(new string('[', depth) + new string(']', depth))
            : new RawJson(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth));
    }

    public static string MalformedBody(Random r) => r.Next(10) switch
    {
        0 => "{",
        1 => "{\"a\":}",
        2 => "{'single':'quotes'}",
        3 => "[1,2,",
        4 => "{\"a\":1,}",
        5 => "\uFEFF{}",
        6 => "{\"a\":\"unterminated",
        7 => "{\"a\":1}{\"b\":2}",
        8 => "/* comment */ {}",
        _ => "{\"dup\":1,\"dup\":2}",
    };
}
