using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Problems;
using Xunit;
using static TipAssessment.Tests.Framework.BrokenFrameworks;

namespace TipAssessment.Tests.Framework;

/// <summary>The semantic rules beyond references: one breakage of the standard framework per rule.</summary>
public class FrameworkValidatorRuleTests
{
    [Fact]
    public void Validate_RatingLevelsNotNumberedFromZero_ReportsTheMisnumberedLevel()
    {
        var broken = Standard.With(d => d.RatingScale = d.RatingScale with
        {
            Levels = Replace(d.RatingScale.Levels, 2, l => l with { Level = 7 }),
        });

        AssertReports(broken, ProblemCodes.RatingLevelsNotConsecutive, "/ratingScale/levels/2/level");
    }

    [Fact]
    public void Validate_ScoredQuestionWithoutDesiredState_ReportsTheQuestion()
    {
        var broken = ChangeQuestion("prot.police-training", q => q with { DesiredState = null });

        AssertReports(
            broken,
            ProblemCodes.MissingDesiredState,
            $"/questions/{QuestionIndex("prot.police-training")}");
    }

    [Fact]
    public void Validate_DescriptiveQuestionWithDesiredState_ReportsTheDesiredState()
    {
        var broken = ChangeQuestion(
            "lf.penalties",
            q => q with { DesiredState = new DesiredState("Known", 2) });

        AssertReports(
            broken,
            ProblemCodes.UnexpectedDesiredState,
            $"/questions/{QuestionIndex("lf.penalties")}/desiredState");
    }

    [Fact]
    public void Validate_TargetLevelAboveTheScale_ReportsTheTargetLevel()
    {
        var top = Standard.RatingScale.MaxLevel;
        var broken = ChangeQuestion(
            "prot.police-training",
            q => q with { DesiredState = q.DesiredState! with { TargetLevel = top + 1 } });

        AssertReports(
            broken,
            ProblemCodes.LevelOffScale,
            $"/questions/{QuestionIndex("prot.police-training")}/desiredState/targetLevel");
    }

    [Fact]
    public void Validate_UnsafeQuestionListingVictims_ReportsTheVictimEntry()
    {
        var safe = Standard.Questions.First(q => q.VictimSafe && q.InformantTypes.Contains("victim"));
        var broken = ChangeQuestion(safe.Id, q => q with { VictimSafe = false });
        var at = safe.InformantTypes.IndexOf("victim");

        AssertReports(
            broken,
            ProblemCodes.UnsafeQuestionAimedAtVictims,
            $"/questions/{QuestionIndex(safe.Id)}/informantTypes/{at}");
    }

    [Fact]
    public void Validate_QuestionPlacedNowhere_ReportsTheQuestion()
    {
        var broken = ChangeTopic(
            4,
            0,
            t => t with { Questions = t.Questions.Remove("part.regular-meetings") });

        AssertReports(
            broken,
            ProblemCodes.UnplacedQuestion,
            $"/questions/{QuestionIndex("part.regular-meetings")}");
    }

    [Fact]
    public void Validate_QuestionPlacedTwiceInOneTopic_ReportsTheSecondPlacement()
    {
        var broken = ChangeTopic(4, 0, t => t with { Questions = t.Questions.Add(t.Questions[0]) });
        var at = Standard.Sections[4].Topics[0].Questions.Length;

        AssertReports(broken, ProblemCodes.DuplicatePlacement, $"/sections/4/topics/0/questions/{at}");
    }

    [Fact]
    public void Validate_EmptySectionTopicOrChecklist_ReportsEachContainer()
    {
        var noTopics = ChangeSection(4, s => s with { Topics = ImmutableArray<Topic>.Empty });
        var noQuestions = ChangeTopic(3, 1, t => t with { Questions = ImmutableArray<string>.Empty });
        var noSections = Standard.With(d => d.Sections = ImmutableArray<Section>.Empty);

        AssertReports(noTopics, ProblemCodes.EmptyContainer, "/sections/4/topics");
        AssertReports(noQuestions, ProblemCodes.EmptyContainer, "/sections/3/topics/1/questions");
        AssertReports(noSections, ProblemCodes.EmptyContainer, "/sections");
    }

    [Fact]
    public void Validate_LocalQuestionWithoutNamespace_ReportsTheId()
    {
        var broken = ChangeQuestion("prot.police-training", q => q with { Origin = QuestionOrigin.Local });

        AssertReports(
            broken,
            ProblemCodes.IdNamespace,
            $"/questions/{QuestionIndex("prot.police-training")}/id");
    }

    [Fact]
    public void Validate_StandardQuestionWithNamespacedId_ReportsTheId()
    {
        var index = QuestionIndex("prev.public-awareness");
        var broken = Standard.With(d =>
        {
            d.Questions = Replace(d.Questions, index, q => q with { Id = "np:public-awareness" });
            d.Sections = d.Sections.Select(s => s with
            {
                Topics = s.Topics.Select(t => t with
                {
                    Questions = t.Questions
                        .Select(id => id == "prev.public-awareness" ? "np:public-awareness" : id)
                        .ToImmutableArray(),
                }).ToImmutableArray(),
            }).ToImmutableArray();
        });

        AssertReports(broken, ProblemCodes.IdNamespace, $"/questions/{index}/id");
        Assert.Single(FrameworkValidator.Validate(broken));
    }

    [Fact]
    public void Validate_LinkageOnADescriptiveQuestion_ReportsIt()
    {
        var broken = Standard.With(d => d.Linkages = Replace(
            d.Linkages,
            0,
            l => l with { LegalQuestion = "lf.penalties" }));

        AssertReports(broken, ProblemCodes.QuestionNotScored, "/linkages/0/legalQuestion");
    }

    [Fact]
    public void Validate_LinkageWithoutPracticeQuestions_ReportsIt()
    {
        var broken = Standard.With(
            d => d.Linkages = Replace(
                d.Linkages,
                1,
                l => l with { PracticeQuestions = ImmutableArray<string>.Empty }));

        AssertReports(broken, ProblemCodes.NothingLinked, "/linkages/1/practiceQuestions");
    }

    [Fact]
    public void Validate_SolutionAddressingNoDriver_ReportsIt()
    {
        var broken = Standard.With(
            d => d.Solutions = Replace(
                d.Solutions,
                2,
                s => s with { Addresses = ImmutableArray<string>.Empty }));

        AssertReports(broken, ProblemCodes.NothingLinked, "/solutions/2/addresses");
    }

    [Fact]
    public void Validate_RedFlagWithUnknownBandScopeOrLevel_ReportsEach()
    {
        var broken = Standard.With(d => d.RedFlags = Replace(
            d.RedFlags, 0, r => r with { CapsBand = "mediocre", Scope = "world", AtOrBelowLevel = 99 }));

        AssertReports(broken, ProblemCodes.UnknownBand, "/redFlags/0/capsBand");
        AssertReports(broken, ProblemCodes.UnknownBand, "/redFlags/0/scope");
        AssertReports(broken, ProblemCodes.LevelOffScale, "/redFlags/0/atOrBelowLevel");
    }

    [Fact]
    public void Validate_RedFlagOnADescriptiveQuestion_ReportsIt()
    {
        var broken = Standard.With(d => d.RedFlags = Replace(
            d.RedFlags,
            1,
            r => r with { Question = "lf.penalties" }));

        AssertReports(broken, ProblemCodes.QuestionNotScored, "/redFlags/1/question");
    }

    [Fact]
    public void Validate_TranslationIntoTheDefaultLanguage_ReportsIt()
    {
        var broken = Standard.With(d => d.Translations = d.Translations.SetItem(
            "en",
            new FrameworkTranslation()));

        AssertReports(broken, ProblemCodes.TranslationOfDefaultLanguage, "/translations/en");
    }

    [Fact]
    public void Validate_SeveralBreakages_ReportsThemInDocumentOrder()
    {
        var broken = ChangeSection(3, s => s with { Pillar = "punishment" })
            .With(d => d.Solutions = Replace(
                d.Solutions,
                1,
                x => x with { Addresses = ImmutableArray<string>.Empty }))
            .With(d => d.RatingScale = d.RatingScale with
            {
                Levels = Replace(
                d.RatingScale.Levels,
                0,
                l => l with { Level = 9 })
            });

        var pointers = FrameworkValidator.Validate(broken).Select(p => p.Pointer);

        Assert.Equal(
            new[] { "/ratingScale/levels/0/level", "/sections/3/pillar", "/solutions/1/addresses" },
            pointers);
    }

    [Fact]
    public void Validate_FrameworkBuiltInCodeWithDefaultArrays_ReportsInsteadOfThrowing()
    {
        var bare = new AssessmentFramework
        {
            Id = "bare",
            Version = "0.0.1",
            Title = "Bare",
            RatingScale = new RatingScale
            {
                Unknown = new RatingMarker(
                "?",
                "?"),
                NotApplicable = new RatingMarker("-", "-")
            },
            Sections = default,
            Questions = default,
        };

        var problems = FrameworkValidator.Validate(bare);

        Assert.Contains(problems, p => p.Code == ProblemCodes.RatingLevelsNotConsecutive);
        Assert.Contains(problems, p => p.Code == ProblemCodes.EmptyContainer && p.Pointer == "/sections");
    }
}
