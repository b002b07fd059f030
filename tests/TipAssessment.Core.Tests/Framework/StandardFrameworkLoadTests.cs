using System.Linq;
using System.Threading.Tasks;
using TipAssessment.Framework;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Framework;

public class StandardFrameworkLoadTests
{
    [Fact]
    public void Load_CalledTwice_ReturnsTheSameCachedInstance()
    {
        Assert.Same(StandardFramework.Load(), StandardFramework.Load());
    }

    [Fact]
    public void Load_FromManyThreadsAtOnce_ReturnsOneInstance()
    {
        var loaded = new AssessmentFramework[16];

        Parallel.For(0, loaded.Length, i => loaded[i] = StandardFramework.Load());

        Assert.Single(loaded.Distinct());
    }

    [Fact]
    public void Load_Embedded_HasTheIdAndVersionConstants()
    {
        var standard = StandardFramework.Load();

        Assert.Equal(StandardFramework.Id, standard.Id);
        Assert.Equal(StandardFramework.Version, standard.Version);
        Assert.Null(standard.DerivedFrom);
    }

    [Fact]
    public void Load_Embedded_EqualsTheSeedFileReadFromDisk()
    {
        var fromDisk = FrameworkJson.ImportFile(SeedFiles.FrameworkPath);

        Assert.Empty(fromDisk.Problems);
        Assert.Equal(FrameworkJson.Export(fromDisk.Value!), FrameworkJson.Export(StandardFramework.Load()));
    }

    [Fact]
    public void Validate_StandardFramework_FindsNoProblem()
    {
        Assert.Empty(FrameworkValidator.Validate(StandardFramework.Load()));
    }
}
