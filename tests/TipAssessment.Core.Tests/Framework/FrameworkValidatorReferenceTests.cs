using System.Collections.Immutable;
using TipAssessment.Framework;
using TipAssessment.Problems;
using Xunit;
using static TipAssessment.Tests.Framework.BrokenFrameworks;

namespace TipAssessment.Tests.Framework;

/// <summary>Every id unique per kind and every reference resolving: one breakage per rule.</summary>
public class FrameworkValidatorReferenceTests
{
    [Fact]
    public void Validate_TwoQuestionsWithOneId_ReportsTheSecond()
    {
        var broken = ChangeQuestion("lf.offence-definition", q => q with { Id = "lf.palermo-ratified" });

        AssertReports(
            broken,
            ProblemCodes.DuplicateId,
            $"/questions/{QuestionIndex("lf.offence-definition")}/id");
    }

    [Fact]
    public void Validate_TopicIdRepeatedInAnotherSection_ReportsTheRepeat()
    {
        var broken = ChangeTopic(1, 0, t => t with { Id = Standard.Sections[0].Topics[0].Id });

        AssertReports(broken, ProblemCodes.DuplicateId, "/sections/1/topics/0/id");
    }

    [Fact]
    public void Validate_DriverIdRepeated_ReportsTheRepeat()
    {
        var broken = Standard.With(d => d.Drivers = Replace(
            d.Drivers,
            1,
            x => x with { Id = d.Drivers[0].Id }));

        AssertReports(broken, ProblemCodes.DuplicateId, "/drivers/1/id");
    }

    [Fact]
    public void Validate_TopicPlacesAnUnknownQuestion_ReportsThePlacement()
    {
        var broken = ChangeTopic(
            2,
            1,
            t => t with { Questions = t.Questions.SetItem(3, "pros.no-such-question") });

        AssertReports(broken, ProblemCodes.UnknownQuestion, "/sections/2/topics/1/questions/3");
    }

    [Fact]
    public void Validate_QuestionAsksAnUnknownInformantType_ReportsTheItem()
    {
        var broken = ChangeQuestion(
            "prot.police-training",
            q => q with { InformantTypes = q.InformantTypes.Add("journalist") });
        var at = Standard.FindQuestion("prot.police-training")!.InformantTypes.Length;

        AssertReports(
            broken,
            ProblemCodes.UnknownInformantType,
            $"/questions/{QuestionIndex("prot.police-training")}/informantTypes/{at}");
    }

    [Fact]
    public void Validate_QuestionCitesAnUnknownDeskSource_ReportsTheItem()
    {
        var broken = ChangeQuestion(
            "lf.palermo-ratified",
            q => q with { DeskSources = ImmutableArray.Create("wikipedia") });

        AssertReports(
            broken,
            ProblemCodes.UnknownDeskSource,
            $"/questions/{QuestionIndex("lf.palermo-ratified")}/deskSources/0");
    }

    [Fact]
    public void Validate_StandardReferenceToAnUnknownInstrument_ReportsIt()
    {
        var broken = ChangeQuestion(
            "lf.palermo-ratified",
            q => q with
            {
                Standards = ImmutableArray.Create(new StandardReference(
                "magna-carta",
                "Art. 39"))
            });

        AssertReports(
            broken,
            ProblemCodes.UnknownInstrument,
            $"/questions/{QuestionIndex("lf.palermo-ratified")}/standards/0/instrument");
    }

    [Fact]
    public void Validate_QuestionCitesAnUnknownDriver_ReportsIt()
    {
        var broken = ChangeQuestion(
            "prot.police-training",
            q => q with { Drivers = ImmutableArray.Create("bad-luck") });

        AssertReports(
            broken,
            ProblemCodes.UnknownDriver,
            $"/questions/{QuestionIndex("prot.police-training")}/drivers/0");
    }

    [Fact]
    public void Validate_SectionOfAnUnknownPillar_ReportsIt()
    {
        var broken = ChangeSection(3, s => s with { Pillar = "punishment" });

        AssertReports(broken, ProblemCodes.UnknownPillar, "/sections/3/pillar");
    }

    [Fact]
    public void Validate_AreaOfAnUnknownPillar_ReportsIt()
    {
        var broken = Standard.With(d => d.Areas = Replace(d.Areas, 0, a => a with { Pillar = "punishment" }));

        AssertReports(broken, ProblemCodes.UnknownPillar, "/areas/0/pillar");
    }

    [Fact]
    public void Validate_InformantTypeInAnUnknownPerspectiveGroup_ReportsIt()
    {
        var broken = Standard.With(
            d => d.InformantTypes = Replace(d.InformantTypes, 2, t => t with { PerspectiveGroup = "media" }));

        AssertReports(broken, ProblemCodes.UnknownPerspectiveGroup, "/informantTypes/2/perspectiveGroup");
    }

    [Fact]
    public void Validate_SolutionAddressingAnUnknownDriverOrArea_ReportsBoth()
    {
        var broken = Standard.With(d => d.Solutions = Replace(
            d.Solutions,
            0,
            s => s with
            {
                Addresses = ImmutableArray.Create("bad-luck"),
                Areas = ImmutableArray.Create("mars"),
            }));

        AssertReports(broken, ProblemCodes.UnknownDriver, "/solutions/0/addresses/0");
        AssertReports(broken, ProblemCodes.UnknownArea, "/solutions/0/areas/0");
    }

    [Fact]
    public void Validate_LinkageToAnUnknownQuestion_ReportsIt()
    {
        var broken = Standard.With(d => d.Linkages = Replace(
            d.Linkages, 0, l => l with
            {
                PracticeQuestions = l.PracticeQuestions.Insert(
                0,
                "prot.no-such-question")
            }));

        AssertReports(broken, ProblemCodes.UnknownQuestion, "/linkages/0/practiceQuestions/0");
    }

    [Fact]
    public void Validate_RedFlagOnAnUnknownQuestion_ReportsIt()
    {
        var broken = Standard.With(d => d.RedFlags = Replace(
            d.RedFlags,
            0,
            r => r with { Question = "prot.gone" }));

        AssertReports(broken, ProblemCodes.UnknownQuestion, "/redFlags/0/question");
    }

    [Fact]
    public void Validate_TranslationKeysTheFrameworkLacks_ReportsEachKey()
    {
        var texts = ImmutableSortedDictionary.Create<string, string>(System.StringComparer.Ordinal).Add(
            "x.y",
            "?");
        var broken = Standard.With(d => d.Translations = d.Translations.SetItem(
            "de", new FrameworkTranslation
            {
                Questions = texts,
                Topics = texts,
                Sections = texts.Add(
                "nowhere",
                "?")
            }));

        AssertReports(broken, ProblemCodes.UnknownQuestion, "/translations/de/questions/x.y");
        AssertReports(broken, ProblemCodes.UnknownTopic, "/translations/de/topics/x.y");
        AssertReports(broken, ProblemCodes.UnknownSection, "/translations/de/sections/nowhere");
    }
}
