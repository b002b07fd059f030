using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// Every <c>*.assessment.json</c> under <c>seeds/</c> is valid against <c>schemas/assessment.schema.json</c>
/// (read from the file, not from the library's embedded copy, by JsonSchema.Net used directly) and imports
/// against the standard framework without errors.
/// </summary>
public class SeedAssessmentTests
{
    public static IEnumerable<object[]> Seeds() =>
        SampleFiles.SeedAssessments()
            .Select(p => new object[] { Path.GetRelativePath(SampleFiles.Seeds, p) });

    [Fact]
    public void Seeds_ContainTheMinimalSample()
    {
        var names = Seeds().Select(s => (string)s[0]);

        Assert.Contains(Path.Combine("samples", "minimal.assessment.json"), names);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedAssessment_IsValidAgainstTheSchemaFile(string relativePath)
    {
        var schema = JsonSchema.FromText(
            File.ReadAllText(SampleFiles.AssessmentSchema),
            new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 });
        var bytes = File.ReadAllBytes(Path.Combine(SampleFiles.Seeds, relativePath));
        using var document = JsonDocument.Parse(bytes);

        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };

        var result = schema.Evaluate(document.RootElement, options);

        var errors = (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is not null)
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}");
        Assert.True(result.IsValid, relativePath + " " + string.Join(" | ", errors));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedAssessment_ImportsWithoutErrors(string relativePath)
    {
        var path = Path.Combine(SampleFiles.Seeds, relativePath);

        var result = AssessmentJson.ImportFile(path, StandardFramework.Load());

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Value);
    }

    [Fact]
    public void MinimalSample_ShowsWhatTheFormatCanHold()
    {
        var sample = AssessmentJson.ImportFile(SampleFiles.Minimal, StandardFramework.Load());
        var a = sample.Value!;
        var framework = StandardFramework.Load();

        Assert.Empty(sample.Problems);
        Assert.Equal(2, a.Localities.Length);
        Assert.True(a.Informants.Select(i => i.Type).Distinct().Count() >= 4);
        Assert.Single(a.DeskSources);
        Assert.True(a.Responses.Length >= 12);
        Assert.Contains(a.Responses, r => r.Rating == Rating.Unknown);
        Assert.Contains(a.Responses, r => r.Rating == Rating.NotApplicable);
        var descriptive = a.Responses.Where(r => !framework.FindQuestion(r.Question)!.IsScored);
        Assert.Contains(descriptive, r => r.Rating == Rating.None);
        Assert.Single(a.Findings);
        Assert.NotEmpty(a.Extensions);
    }

    [Fact]
    public void MinimalSample_VictimAnswersOnlyVictimSafeQuestionsWithConsent()
    {
        var a = AssessmentJson.ImportFile(SampleFiles.Minimal, StandardFramework.Load()).Value!;
        var framework = StandardFramework.Load();

        var victims = a.Informants.Where(i => i.Type == WellKnownIds.VictimInformantType).ToList();
        var answers = a.Responses.Where(r => victims.Any(v => v.Code == r.Informant)).ToList();

        Assert.Single(victims);
        Assert.True(victims[0].Consent.Given);
        Assert.NotEmpty(answers);
        Assert.All(answers, r => Assert.True(framework.FindQuestion(r.Question)!.VictimSafe, r.Question));
    }

    [Fact]
    public void SchemaFile_IsTheOneTheLibraryEmbeds()
    {
        var embedded = SchemaValidation.ReadText("assessment.schema.json");

        Assert.Equal(File.ReadAllText(SampleFiles.AssessmentSchema), embedded);
    }
}
