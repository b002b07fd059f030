using FsCheck.Xunit;
using TipAssessment.Assessments;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>Round trips over generated valid assessments.</summary>
public class AssessmentRoundTripProperties
{
    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 300)]
    public void ImportOfExport_GeneratedAssessment_EqualsTheOriginalField_By_Field(Assessment original)
    {
        var imported = AssessmentJson.Import(AssessmentJson.Export(original), TestFrameworks.Small());

        Assert.Empty(imported.Errors);
        Assert.Null(DeepEquality.FirstDifference(original, imported.Value));
    }

    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 300)]
    public void ExportImportExport_GeneratedAssessment_IsByteIdentical(Assessment original, bool indented)
    {
        var options = new AssessmentExportOptions { Indented = indented };
        var first = AssessmentJson.ExportUtf8(original, options);

        var again = AssessmentJson.Import(new System.IO.MemoryStream(first), TestFrameworks.Small()).Value!;

        Assert.Equal(first, AssessmentJson.ExportUtf8(again, options));
    }

    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 100)]
    public void Import_GeneratedAssessment_HasOnlyTheWarningsItsDataCallFor(Assessment original)
    {
        var imported = AssessmentJson.Import(AssessmentJson.Export(original), TestFrameworks.Small());

        Assert.All(imported.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
    }
}
