using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Benchmarks.Tests;

public class SyntheticAssessmentsTests
{
    private static readonly AssessmentFramework Framework = StandardFramework.Load();

    [Fact]
    public void Build_SmallScale_ImportsWithNoProblemAtAll()
    {
        var bytes = AssessmentJson.ExportUtf8(SyntheticAssessments.Build(Framework, Scale.Small));

        var result = AssessmentJson.Import(new System.IO.MemoryStream(bytes), Framework);

        Assert.NotNull(result.Value);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Build_SameArguments_GivesTheSameDocument()
    {
        var first = AssessmentJson.ExportUtf8(SyntheticAssessments.Build(Framework, 2, 9));
        var second = AssessmentJson.ExportUtf8(SyntheticAssessments.Build(Framework, 2, 9));

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(Scale.Small, 20_000)]
    [InlineData(Scale.Medium, 200_000)]
    public void Build_Scale_HoldsAboutItsNominalNumberOfResponses(Scale scale, int nominal)
    {
        var responses = SyntheticAssessments.Build(Framework, scale).Responses.Length;

        Assert.InRange(responses, nominal * 0.9, nominal * 1.1);
    }

    [Fact]
    public void Build_EveryInformant_HasConsentAndIsAskedOnlyWhatTheFrameworkAllows()
    {
        var assessment = SyntheticAssessments.Build(Framework, 3, 20);
        var informants = assessment.Informants.ToDictionary(i => i.Code);

        Assert.All(assessment.Informants, i => Assert.True(i.Consent.Given));
        Assert.All(assessment.Responses.Where(r => r.Informant is not null), r =>
        {
            var question = Framework.FindQuestion(r.Question)!;
            var type = informants[r.Informant!].Type;
            Assert.Contains(type, question.InformantTypes);
            Assert.True(type != WellKnownIds.VictimInformantType || question.VictimSafe);
        });
    }

    [Fact]
    public void Build_ManyInformants_AnswersEveryQuestionSomeoneMayBeAsked()
    {
        var assessment = SyntheticAssessments.Build(Framework, 1, Framework.InformantTypes.Length);
        var answered = assessment.Responses.Select(r => r.Question).ToHashSet();
        var askable = Framework.Questions
            .Where(q => !q.InformantTypes.IsDefaultOrEmpty || !q.DeskSources.IsDefaultOrEmpty)
            .Select(q => q.Id);

        Assert.Superset(answered, askable.ToHashSet());
    }
}
