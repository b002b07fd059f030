using System;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Framework;

/// <summary>
/// Tailoring steps that set what the framework schema refuses are reported by Build, never built into a
/// framework that fails its own re-import.
/// </summary>
public class FrameworkTailoringSchemaTests
{
    private static readonly AssessmentFramework Standard = StandardFramework.Load();

    private static FrameworkTailoring Tailor => FrameworkTailoring.From(Standard);

    private static string Topic => Standard.Sections[0].Topics[0].Id;

    private static ImportResult<AssessmentFramework> Local(Func<Question, Question> configure) =>
        Tailor.AddLocalQuestion("np-ngo", "kilns", Topic, "Asked?", configure).Build();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void AddLocalQuestion_BlankText_IsReportedAtTheQuestionsText(string text)
    {
        var result = Tailor.AddLocalQuestion("np-ngo", "kilns", Topic, text).Build();

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.InvalidTailoring, problem.Code);
        var index = Tailor.AddLocalQuestion("np-ngo", "kilns", Topic, "Asked?").Build().GetValueOrThrow()
            .Questions.ToList().FindIndex(q => q.Id == "np-ngo:kilns");
        Assert.Equal($"/questions/{index}/text", problem.Pointer);
        Assert.Contains("np-ngo:kilns", problem.Message);
    }

    [Fact]
    public void AddLocalQuestion_ConfigureSetsTextToNull_IsReported()
    {
        var result = Local(q => q with { Text = null! });

        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("/text", problem.Pointer);
    }

    [Theory]
    [InlineData("repairNote")]
    [InlineData("researchModeReason")]
    [InlineData("measureReason")]
    [InlineData("victimSafetyNote")]
    public void AddLocalQuestion_EmptyOptionalText_IsReportedAtThatMember(string member)
    {
        Func<Question, Question> configure = member switch
        {
            "repairNote" => q => q with { RepairNote = "" },
            "researchModeReason" => q => q with { ResearchModeReason = "" },
            "measureReason" => q => q with { MeasureReason = " " },
            _ => q => q with { VictimSafetyNote = "" },
        };

        var result = Local(configure);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.InvalidTailoring, problem.Code);
        Assert.EndsWith("/" + member, problem.Pointer);
    }

    [Fact]
    public void AddLocalQuestion_InformantTypeListedTwice_IsReportedAtTheSecond()
    {
        var type = Standard.InformantTypes[0].Id;
        var result = Local(q => q with
        {
            VictimSafe = true,
            InformantTypes = ImmutableArray.Create(type, type),
        });

        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("/informantTypes/1", problem.Pointer);
        Assert.Contains("twice", problem.Message);
    }

    [Fact]
    public void AddLocalQuestion_StandardWithBlankProvisionOrNote_IsReported()
    {
        var instrument = Standard.Instruments[0].Id;
        var result = Local(q => q with
        {
            Standards = ImmutableArray.Create(
                    new StandardReference(instrument, ""),
                    new StandardReference(instrument, "Art. 1", "")),
        });

        Assert.Equal(
            new[] { "/standards/0/provision", "/standards/1/note" },
            result.Problems.Select(p => p.Pointer.Substring(
                p.Pointer.IndexOf("/standards", StringComparison.Ordinal))));
    }

    [Fact]
    public void AddLocalQuestion_DesiredStateWithoutStatement_IsReported()
    {
        var result = Local(q => q with
        {
            Measure = QuestionMeasure.Scored,
            DesiredState = new DesiredState("", Standard.RatingScale.MaxLevel),
        });

        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("/desiredState/statement", problem.Pointer);
    }

    [Fact]
    public void AddLocalQuestion_UndefinedMeasureOrMode_IsReported()
    {
        var result = Local(q => q with { Measure = (QuestionMeasure)42, ResearchMode = (ResearchMode)42 });

        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Pointer.EndsWith("/measure", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Pointer.EndsWith("/researchMode", StringComparison.Ordinal));
    }

    [Fact]
    public void AddTranslation_EmptyText_IsReportedAtTheEntry()
    {
        var section = Standard.Sections[0].Id;
        var translation = new FrameworkTranslation
        {
            Sections = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal)
                .Add(section, ""),
        };

        var result = Tailor.AddTranslation("fr", translation).Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal($"/translations/fr/sections/{section}", problem.Pointer);
    }

    [Fact]
    public void WithIdAndVersion_ThatTheSchemaRefuses_AreReported()
    {
        var result = Tailor.WithId("My Framework").WithVersion("v2").Build();

        Assert.Null(result.Value);
        Assert.Equal(new[] { "/id", "/version" }, result.Problems.Select(p => p.Pointer));
    }

    [Theory]
    [InlineData("Questions")]
    [InlineData("Topics")]
    [InlineData("Sections")]
    public void AddTranslation_NullMember_ThrowsNamingIt(string member)
    {
        var translation = member switch
        {
            "Questions" => new FrameworkTranslation { Questions = null! },
            "Topics" => new FrameworkTranslation { Topics = null! },
            _ => new FrameworkTranslation { Sections = null! },
        };

        var thrown = Assert.Throws<ArgumentException>(() => Tailor.AddTranslation("fr", translation));

        Assert.Equal("translation", thrown.ParamName);
        Assert.Contains(member, thrown.Message);
    }

    [Fact]
    public void Build_LocalQuestionWithEveryOptionalText_ExportsAndImportsAgain()
    {
        var tailored = Tailor.AddLocalQuestion(
            "np-ngo",
            "kilns",
            Topic,
            "Asked?",
            q => q with { RepairNote = "Fixed.", MeasureReason = "Why.", VictimSafetyNote = "Not asked." })
            .Build()
            .GetValueOrThrow();

        var again = FrameworkJson.Import(FrameworkJson.Export(tailored));

        Assert.True(again.Succeeded, BrokenFrameworks.Describe(again.Problems));
        Assert.Empty(again.Problems);
    }
}
