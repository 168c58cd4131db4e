using System.Xml.Linq;

namespace Fokus.Web.Tests;

/// <summary>Every text a person reads exists once, in both Swedish and English.</summary>
public sealed class ResourceParityTests
{
    private static IReadOnlyList<string> Keys(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fokus.slnx"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return XDocument.Load(Path.Combine(dir.FullName, "src", "Fokus.Web", "Resources", file))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
    }

    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.sv.resx")]
    public void NoKeyIsDefinedTwice(string file)
    {
        var duplicates = Keys(file).GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void SwedishAndEnglish_HaveTheSameKeys()
    {
        var en = Keys("SharedResource.resx").ToHashSet();
        var sv = Keys("SharedResource.sv.resx").ToHashSet();
        Assert.Empty(en.Except(sv));
        Assert.Empty(sv.Except(en));
    }
}
