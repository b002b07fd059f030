using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FsCheck.Xunit;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Redaction;
using TipAssessment.Reports;
using TipAssessment.Rounds;
using TipAssessment.Scoring;
using TipAssessment.Serialization;
using TipAssessment.Tests.Redaction;
using TipAssessment.Tests.Serialization;
using Xunit;

namespace TipAssessment.Tests;

/// <summary>
/// Models built in code with a default array, a null element or a null required member: every public entry
/// point that takes an assessment refuses them up front with an <see cref="ArgumentException"/> naming the
/// parameter and the member, instead of a <see cref="NullReferenceException"/> from deep inside.
/// </summary>
public class ModelGuardTests
{
    private static readonly AssessmentFramework Framework = RedactionSamples.Framework;

    private static readonly SolutionProposal NoProposal = null!;

    private static readonly string NoText = null!;

    /// <summary>A bad member: how to make it from a valid model, and how the message names it.</summary>
    private static readonly (string Name, Func<Assessment, Assessment> Break, string Message)[] Breaks =
    {
        ("Responses", a => a with { Responses = default },
            ".Responses is a default ImmutableArray; use ImmutableArray<Response>.Empty."),
        ("Informants", a => a with { Informants = default },
            ".Informants is a default ImmutableArray; use ImmutableArray<Informant>.Empty."),
        ("Findings", a => a with { Findings = default },
            ".Findings is a default ImmutableArray; use ImmutableArray<Finding>.Empty."),
        ("Localities", a => a with { Localities = default },
            ".Localities is a default ImmutableArray; use ImmutableArray<Locality>.Empty."),
        ("DeskSources", a => a with { DeskSources = default },
            ".DeskSources is a default ImmutableArray; use ImmutableArray<ConsultedSource>.Empty."),
        ("Assessors", a => a with { Assessors = default },
            ".Assessors is a default ImmutableArray; use ImmutableArray<string>.Empty."),
        ("Response.Drivers", a => WithResponse(a, 3, r => r with { Drivers = default }),
            ".Responses[3].Drivers is a default ImmutableArray; use ImmutableArray<string>.Empty."),
        ("Response.Solutions", a => WithResponse(a, 3, r => r with { Solutions = default }),
            ".Responses[3].Solutions is a default ImmutableArray; "
            + "use ImmutableArray<SolutionProposal>.Empty."),
        ("Response.Evidence", a => WithResponse(a, 3, r => r with { Evidence = default }),
            ".Responses[3].Evidence is a default ImmutableArray; use ImmutableArray<string>.Empty."),
        ("Response.Drivers[0]",
            a => WithResponse(a, 3, r => r with { Drivers = ImmutableArray.Create(NoText) }),
            ".Responses[3].Drivers[0] is null."),
        ("Response.Solutions[0]",
            a => WithResponse(a, 3, r => r with { Solutions = ImmutableArray.Create(NoProposal) }),
            ".Responses[3].Solutions[0] is null."),
        ("Response.Question", a => WithResponse(a, 3, r => r with { Question = null! }),
            ".Responses[3].Question is null; it is required."),
        ("Finding.Responses", a => WithFinding(a, 0, f => f with { Responses = default }),
            ".Findings[0].Responses is a default ImmutableArray; use ImmutableArray<string>.Empty."),
        ("Redaction.Removed", a => a with { Redaction = new RedactionRecord("2026-11", 5, default) },
            ".Redaction.Removed is a default ImmutableArray; use ImmutableArray<string>.Empty."),
        ("Informant.Consent", a => WithInformant(a, 1, i => i with { Consent = null! }),
            ".Informants[1].Consent is null; it is required."),
        ("Id", a => a with { Id = null! }, ".Id is null; it is required."),
        ("Framework", a => a with { Framework = null! }, ".Framework is null; it is required."),
        ("Framework.Id", a => a with { Framework = a.Framework with { Id = null! } },
            ".Framework.Id is null; it is required."),
        ("Responses[2]", a => WithResponse(a, 2, _ => null!), ".Responses[2] is null."),
        ("Informants[0]", a => WithInformant(a, 0, _ => null!), ".Informants[0] is null."),
        ("Findings[0]", a => WithFinding(a, 0, _ => null!), ".Findings[0] is null."),
        ("Localities[0]", a => a with { Localities = a.Localities.SetItem(0, null!) },
            ".Localities[0] is null."),
        ("DeskSources[0]", a => a with { DeskSources = a.DeskSources.SetItem(0, null!) },
            ".DeskSources[0] is null."),
    };

    /// <summary>Each public entry point: its name, the assessment's parameter, and a call.</summary>
    private static readonly (string Name, string Param, Action<Assessment> Call)[] EntryPoints =
    {
        ("ScoringEngine.Score", "assessment", a => ScoringEngine.Score(Framework, a)),
        ("AssessmentAnalyzer.Analyze", "assessment", a => AssessmentAnalyzer.Analyze(Framework, a)),
        ("SharedAnalysis.Create", "assessment", a => SharedAnalysis.Create(Framework, a)),
        ("AssessmentJson.Export", "assessment", a => AssessmentJson.Export(a)),
        ("AssessmentJson.Export(options)", "assessment",
            a => AssessmentJson.Export(a, new AssessmentExportOptions { Indented = false })),
        ("AssessmentJson.ExportUtf8", "assessment", a => AssessmentJson.ExportUtf8(a)),
        ("AssessmentJson.Export(stream)", "assessment", a => AssessmentJson.Export(a, new MemoryStream())),
        ("InterviewGuide.Markdown", "assessment", a => InterviewGuide.Markdown(Framework, TypeId, a, null)),
        ("InterviewGuide.Json", "assessment", a => InterviewGuide.Json(Framework, TypeId, a, null)),
        ("AssessmentRedactor.Redact", "assessment", a => AssessmentRedactor.Redact(a)),
        ("RoundChecks.Check(baseline)", "baseline", a => RoundChecks.Check(a, RedactionSamples.Nepal)),
        ("RoundChecks.Check(followUp)", "followUp", a => RoundChecks.Check(RedactionSamples.Nepal, a)),
    };

    private static string TypeId => Framework.InformantTypes[0].Id;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in EntryPoints)
        {
            foreach (var bad in Breaks)
            {
                data.Add(entry.Name, bad.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EntryPoint_MalformedModel_ThrowsArgumentExceptionNamingTheMember(
        string entryName, string badName)
    {
        var entry = EntryPoints.Single(e => e.Name == entryName);
        var bad = Breaks.Single(b => b.Name == badName);
        var model = bad.Break(RedactionSamples.Nepal);

        var e = Assert.Throws<ArgumentException>(() => entry.Call(model));

        Assert.Equal(entry.Param, e.ParamName);
        Assert.StartsWith(entry.Param + bad.Message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Responses")]
    [InlineData("Response.Drivers")]
    [InlineData("Informant.Consent")]
    [InlineData("Responses[2]")]
    public void Analyze_MalformedBaseline_NamesTheOptionsAndTheMember(string badName)
    {
        var bad = Breaks.Single(b => b.Name == badName);
        var options = AnalysisOptions.Default with { Baseline = bad.Break(RedactionSamples.Nepal) };

        var e = Assert.Throws<ArgumentException>(
            () => AssessmentAnalyzer.Analyze(Framework, RedactionSamples.Nepal, options));

        Assert.Equal("options", e.ParamName);
        Assert.StartsWith("options.Baseline" + bad.Message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_DefaultFindings_RefusedLikeAnalyze()
    {
        var model = RedactionSamples.Nepal with { Findings = default };

        var score = Assert.Throws<ArgumentException>(() => ScoringEngine.Score(Framework, model));
        var analyze = Assert.Throws<ArgumentException>(() => AssessmentAnalyzer.Analyze(Framework, model));

        Assert.Equal(score.Message, analyze.Message);
    }

    /// <summary>
    /// Any valid generated model passes the guard and exports; the same model with one member broken (the
    /// first response's drivers, or its first informant) is refused with that member named.
    /// </summary>
    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 200)]
    public void Guard_GeneratedModel_PassesWhenValidAndNamesTheOneBrokenMember(Assessment valid, bool drivers)
    {
        ModelGuard.Check(valid, "assessment");
        AssessmentJson.ExportUtf8(valid);

        var (broken, member) = drivers && valid.Responses.Length > 0
            ? (WithResponse(valid, 0, r => r with { Drivers = default }),
                "assessment.Responses[0].Drivers is a default ImmutableArray")
            : valid.Informants.Length > 0
                ? (WithInformant(valid, 0, _ => null!), "assessment.Informants[0] is null")
                : (valid with { Informants = default }, "assessment.Informants is a default ImmutableArray");

        var e = Assert.Throws<ArgumentException>(() => AssessmentJson.ExportUtf8(broken));
        Assert.StartsWith(member, e.Message, StringComparison.Ordinal);
    }

    private static Assessment WithResponse(Assessment a, int index, Func<Response, Response> change) =>
        a with { Responses = a.Responses.SetItem(index, change(a.Responses[index])) };

    private static Assessment WithInformant(Assessment a, int index, Func<Informant, Informant> change) =>
        a with { Informants = a.Informants.SetItem(index, change(a.Informants[index])) };

    private static Assessment WithFinding(Assessment a, int index, Func<Finding, Finding> change) =>
        a with { Findings = a.Findings.SetItem(index, change(a.Findings[index])) };
}
