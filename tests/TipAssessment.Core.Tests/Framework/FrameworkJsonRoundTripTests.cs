using System.Text;
using TipAssessment.Framework;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Framework;

public class FrameworkJsonRoundTripTests
{
    [Fact]
    public void ExportUtf8_StandardFramework_ReproducesTheSeedFileByteForByte()
    {
        var exported = FrameworkJson.ExportUtf8(StandardFramework.Load());

        var seed = SeedFiles.FrameworkBytes;
        Assert.Equal(Encoding.UTF8.GetString(seed), Encoding.UTF8.GetString(exported));
        Assert.Equal(seed, exported);
    }

    [Fact]
    public void Export_ImportedExport_GivesIdenticalText()
    {
        var first = FrameworkJson.Export(StandardFramework.Load());

        var second = FrameworkJson.Export(FrameworkJson.Import(first).GetValueOrThrow());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Export_Compact_ReimportsToTheSameDocument()
    {
        var standard = StandardFramework.Load();
        var compact = FrameworkJson.Export(standard, indented: false);

        var reimported = FrameworkJson.Import(compact).GetValueOrThrow();

        Assert.DoesNotContain("\n  ", compact);
        Assert.Equal(FrameworkJson.Export(standard), FrameworkJson.Export(reimported));
    }
}
