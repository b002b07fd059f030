using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Framework;

public class FrameworkTailoringTests
{
    private static readonly AssessmentFramework Standard = StandardFramework.Load();

    private static FrameworkTailoring Tailor => FrameworkTailoring.From(Standard);

    [Fact]
    public void Build_NoSteps_CopiesTheFrameworkAndRecordsItsOrigin()
    {
        var result = Tailor.Build();

        var tailored = Assert.IsType<AssessmentFramework>(result.Value);
        Assert.Equal(StandardFramework.Id + "-tailored", tailored.Id);
        Assert.Equal(StandardFramework.Id, tailored.DerivedFrom!.FrameworkId);
        Assert.Equal(StandardFramework.Version, tailored.DerivedFrom.Version);
        Assert.Empty(tailored.DerivedFrom.Changes);
        Assert.Equal(Standard.Questions.ToArray(), tailored.Questions.ToArray());
    }

    [Fact]
    public void KeepSections_ProtectionAndPartnerships_KeepsTheirPlacementsAndTheSharedQuestionOnce()
    {
        var tailored = Tailor.KeepSections(new[] { "partnerships", "protection" }).Build().GetValueOrThrow();

        Assert.Equal(new[] { "protection", "partnerships" }, tailored.Sections.Select(s => s.Id));
        Assert.Equal(16 + 5, tailored.Placements.Count);
        Assert.Equal(16 + 5 - 1, tailored.Questions.Length);
        Assert.Contains("kept sections: protection, partnerships", tailored.DerivedFrom!.Changes);
    }

    [Fact]
    public void KeepSections_UnknownId_ReportsItAndBuildsNothing()
    {
        var result = Tailor.KeepSections(new[] { "protection", "protecton" }).Build();

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.UnknownSection, problem.Code);
        Assert.Contains("protecton", problem.Message);
    }

    [Fact]
    public void KeepSections_WithoutTheLegalSection_DropsLinkagesWhoseLegalQuestionWentAndRecordsIt()
    {
        var tailored = Tailor.KeepSections(new[] { "protection" }).Build().GetValueOrThrow();

        Assert.All(tailored.Linkages, l => Assert.NotNull(tailored.FindQuestion(l.LegalQuestion)));
        Assert.All(
            tailored.Linkages.SelectMany(l => l.PracticeQuestions),
            id => Assert.NotNull(tailored.FindQuestion(id)));
        Assert.Contains(
            tailored.DerivedFrom!.Changes,
            c => c.StartsWith("dropped linkage link.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void RemoveQuestions_RedFlagQuestion_DropsTheRedFlagAndRecordsIt()
    {
        var flag = Standard.RedFlags[0];

        var tailored = Tailor.RemoveQuestions(new[] { flag.Question }).Build().GetValueOrThrow();

        Assert.Null(tailored.FindQuestion(flag.Question));
        Assert.DoesNotContain(tailored.RedFlags, r => r.Id == flag.Id);
        Assert.Contains($"dropped red flags on removed questions: {flag.Id}", tailored.DerivedFrom!.Changes);
    }

    [Fact]
    public void KeepQuestions_OneQuestion_DropsEmptyTopicsThenEmptySections()
    {
        var tailored = Tailor.KeepQuestions(new[] { "prev.safe-migration" }).Build().GetValueOrThrow();

        var section = Assert.Single(tailored.Sections);
        Assert.Equal("prevention", section.Id);
        Assert.Equal("prevention.safe-migration-awareness", Assert.Single(section.Topics).Id);
        Assert.Equal("prev.safe-migration", Assert.Single(tailored.Questions).Id);
        var french = tailored.Translations["fr"];
        Assert.Equal(new[] { "prev.safe-migration" }, french.Questions.Keys);
    }

    [Fact]
    public void RemoveQuestions_Everything_ReportsAnEmptyFramework()
    {
        var result = Tailor.RemoveQuestions(Standard.Questions.Select(q => q.Id)).Build();

        Assert.Contains(
            result.Problems,
            p => p.Code == ProblemCodes.EmptyContainer && p.Pointer == "/sections");
    }

    [Fact]
    public void AddLocalQuestion_Scored_IsPlacedAtTheEndOfItsTopicWithANamespacedId()
    {
        Question Scored(Question q) => q with
        {
            Measure = QuestionMeasure.Scored,
            DesiredState = new DesiredState("No child works in a brick kiln.", 4),
            InformantTypes = ImmutableArray.Create("civil-society", "victim"),
            VictimSafe = true,
        };

        var tailored = Tailor
            .AddLocalQuestion("np-ngo", "brick-kilns", "prevention.vulnerability", "Kiln child labour?", Scored)
            .Build()
            .GetValueOrThrow();

        var question = tailored.FindQuestion("np-ngo:brick-kilns")!;
        Assert.Equal(QuestionOrigin.Local, question.Origin);
        Assert.Equal(ResearchMode.Field, question.ResearchMode);
        Assert.Equal("np-ngo:brick-kilns", tailored.FindTopic("prevention.vulnerability")!.Questions.Last());
        Assert.Contains(
            "added local question np-ngo:brick-kilns to topic prevention.vulnerability",
            tailored.DerivedFrom!.Changes);
    }

    [Fact]
    public void AddLocalQuestion_ConfigureChangesTheId_TheBuilderKeepsItsOwn()
    {
        var tailored = Tailor
            .AddLocalQuestion(
                "np",
                "hotline",
                "partnerships.coordination",
                "Is there a hotline?",
                q => q with { Id = "part.hotline" })
            .Build()
            .GetValueOrThrow();

        Assert.NotNull(tailored.FindQuestion("np:hotline"));
        Assert.Null(tailored.FindQuestion("part.hotline"));
    }

    [Fact]
    public void AddLocalQuestion_SameIdTwice_ReportsTheCollision()
    {
        var result = Tailor
            .AddLocalQuestion("np", "hotline", "partnerships.coordination", "Is there a hotline?")
            .AddLocalQuestion("np", "hotline", "protection.institutional-process", "Is there a hotline?")
            .Build();

        Assert.Equal(ProblemCodes.InvalidTailoring, Assert.Single(result.Problems).Code);
    }

    [Theory]
    [InlineData("NP", "hotline")]
    [InlineData("np", "Hotline")]
    [InlineData("np:x", "hotline")]
    [InlineData("", "hotline")]
    [InlineData("np", "")]
    public void AddLocalQuestion_MalformedNamespaceOrName_ReportsIt(string ns, string name)
    {
        var result = Tailor.AddLocalQuestion(
            ns,
            name,
            "partnerships.coordination",
            "Is there a hotline?").Build();

        Assert.Equal(ProblemCodes.InvalidTailoring, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void AddLocalQuestion_UnknownTopic_ReportsIt()
    {
        var result = Tailor.AddLocalQuestion(
            "np",
            "hotline",
            "partnerships.nowhere",
            "Is there a hotline?").Build();

        Assert.Equal(ProblemCodes.UnknownTopic, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void AddLocalQuestion_ScoredWithoutDesiredState_ReportsTheValidatorsRule()
    {
        var result = Tailor
            .AddLocalQuestion(
                "np",
                "hotline",
                "partnerships.coordination",
                "Is there a hotline?",
                q => q with { Measure = QuestionMeasure.Scored })
            .Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.MissingDesiredState, problem.Code);
        Assert.Equal($"/questions/{Standard.Questions.Length}", problem.Pointer);
    }

    [Fact]
    public void AddTranslation_NewLanguage_CanThenBeTranslatedTo()
    {
        var texts = ImmutableSortedDictionary.Create<string, string>().Add("partnerships", "साझेदारी");

        var tailored = Tailor
            .AddTranslation("ne", new FrameworkTranslation { Sections = texts })
            .Build()
            .GetValueOrThrow();

        Assert.Equal("साझेदारी", tailored.Translate("ne").FindSection("partnerships")!.Title);
        Assert.Contains(
            tailored.DerivedFrom!.Changes,
            c => c.StartsWith("added 'ne' texts", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AddTranslation_KeyTheFrameworkLacks_IsReportedNotDropped()
    {
        var texts = ImmutableSortedDictionary.Create<string, string>().Add("prot.polce-training", "?");

        var result = Tailor.AddTranslation("de", new FrameworkTranslation { Questions = texts }).Build();

        Assert.Equal(
            "/translations/de/questions/prot.polce-training",
            Assert.Single(result.Problems).Pointer);
    }

    [Fact]
    public void AddTranslation_MalformedLanguageTag_ReportsIt()
    {
        var result = Tailor.AddTranslation("French", new FrameworkTranslation()).Build();

        Assert.Equal(ProblemCodes.InvalidTailoring, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Builder_Branches_LeaveEachOtherUnchanged()
    {
        var trunk = Tailor.WithId("np-local").WithVersion("1.0.0-np.1").WithTitle("Nepal");
        var branch = trunk.KeepSections(new[] { "prevention" });

        var fromTrunk = trunk.Build().GetValueOrThrow();
        var fromBranch = branch.Build().GetValueOrThrow();

        Assert.Equal(5, fromTrunk.Sections.Length);
        Assert.Single(fromBranch.Sections);
        Assert.Equal(
            ("np-local", "1.0.0-np.1", "Nepal"),
            (fromBranch.Id, fromBranch.Version, fromBranch.Title));
    }

    [Fact]
    public void Build_Tailored_ExportsADocumentThatImportsAgainUnchanged()
    {
        var tailored = Tailor
            .KeepSections(new[] { "protection", "prevention" })
            .AddLocalQuestion(
                "np",
                "hotline",
                "protection.victims-access",
                "Is there a hotline victims can call?")
            .Build()
            .GetValueOrThrow();
        var exported = FrameworkJson.Export(tailored);

        var reimported = FrameworkJson.Import(exported);

        Assert.True(reimported.Succeeded, BrokenFrameworks.Describe(reimported.Problems));
        Assert.Equal(exported, FrameworkJson.Export(reimported.Value!));
        Assert.Contains("\"derivedFrom\"", exported);
        Assert.Contains("\"origin\": \"local\"", exported);
    }
}
