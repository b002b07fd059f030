using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Nodes;
using TipAssessment.Assessments;
using TipAssessment.Redaction;
using TipAssessment.Serialization;
using TipAssessment.Tests.Analysis;
using TipAssessment.Tests.Serialization;
using Xunit;

namespace TipAssessment.Tests.Redaction;

/// <summary>A shared analysis of the real-findings sample.</summary>
public class SharedAnalysisTests
{
    private static readonly Lazy<SharedAnalysis> Shared = new(() => SharedAnalysis.Create(
        RedactionSamples.Framework, RedactionSamples.Nepal, null, RedactionSamples.Seeded(31)));

    private static readonly Lazy<string> Json = new(() => SharedAnalysisJson.Export(Shared.Value));

    [Fact]
    public void Export_NepalSample_IsValidAgainstTheAnalysisSchema()
    {
        Assert.Empty(AnalysisSchema.Errors(Json.Value));
    }

    [Fact]
    public void Export_NepalSample_ContainsNoNoteFindingProposalOrInformantCode()
    {
        var strings = RedactionSamples.Strings(Json.Value);

        foreach (var secret in RedactionSamples.Secrets(RedactionSamples.Nepal).Distinct())
        {
            Assert.DoesNotContain(strings, s => s.IndexOf(secret, StringComparison.Ordinal) >= 0);
        }
    }

    [Fact]
    public void Export_NepalSample_HidesEveryScoreRestingOnOneToFourInformants()
    {
        var informantOf = InformantOf(Shared.Value);
        var small = 0;

        foreach (var score in SuppressionAudit.Scores(AnalysisJson()))
        {
            var informants = Ids(score, "responses").Concat(Ids(score, "otherResponses"))
                .Where(informantOf.ContainsKey).Select(id => informantOf[id]).Distinct().Count();
            var rated = Ids(score, "responses")
                .Where(informantOf.ContainsKey).Select(id => informantOf[id]).Distinct().Count();
            if ((informants > 0 && informants < 5) || (rated > 0 && rated < 5))
            {
                small++;
                Assert.True(IsHiddenInShared(score), score.ToJsonString());
            }
        }

        Assert.True(small > 0, "the sample should have small cells for this test to mean something");
    }

    [Fact]
    public void Create_ALevelOnePersonGaveAmongFourUnknowns_IsHidden()
    {
        // Five police officers answer; one gives a level, four say "unknown": the level is one person's.
        var framework = TestFrameworks.Small();
        var informants = Enumerable.Range(1, 5).Select(i => new Informant
        {
            Code = "P-" + i,
            Type = "police",
            Locality = "loc-1",
            Consent = new Consent(true, null, true),
        }).ToImmutableArray();
        var responses = informants.Select((p, i) => new Response
        {
            Id = "r-" + i,
            Question = TestFrameworks.VictimSafeScored,
            Informant = p.Code,
            Locality = "loc-1",
            Rating = i == 0 ? Rating.AtLevel(2) : Rating.Unknown,
        }).ToImmutableArray();
        var document = AssessmentJson.Import(SmallDocuments.Valid().Text(), framework).Value!;
        var assessment = document with { Informants = informants, Responses = responses, Findings = [] };

        var shared = SharedAnalysis.Create(framework, assessment, null, RedactionSamples.Seeded(5));

        Assert.Empty(shared.Analysis.Scoring.Excluded);

        foreach (var scope in new[] { "overall", "locality:loc-1" })
        {
            var key = TestFrameworks.VictimSafeScored + "|" + scope;
            Assert.Equal(SuppressionCause.SmallCell, shared.Find(SuppressedCellKind.Score, key)?.Cause);
        }
    }

    [Fact]
    public void Export_NepalSample_ShowsNoPerspectiveGroupOfFewerThanFiveInformants()
    {
        var informantOf = InformantOf(Shared.Value);
        var flags = JsonNode.Parse(Json.Value)!["triangulation"]!.AsArray();

        foreach (var flag in flags.Where(f => !SuppressionAudit.IsHidden(f)))
        {
            foreach (var group in flag!["groups"]!.AsArray())
            {
                var informants = Ids(group!.AsObject(), "responses").Select(id => informantOf[id]).Distinct();
                Assert.True(informants.Count() >= 5, group.ToJsonString());
            }
        }
    }

    [Fact]
    public void Export_NepalSample_NoHiddenCellCanBeRecomputedByASubtraction()
    {
        Assert.Empty(SuppressionAudit.Recomputable(Shared.Value, Json.Value));
    }

    [Fact]
    public void Export_NepalSample_SaysWhyACellIsHidden()
    {
        var hidden = SuppressionAudit.Scores(Json.Value).Where(SuppressionAudit.IsHidden).ToList();

        Assert.NotEmpty(hidden);
        Assert.Contains(hidden, s => s["reason"]!.GetValue<string>() == "fewer than 5 informants");
        Assert.All(hidden, s => Assert.Null(s["level"]));
    }

    [Fact]
    public void Export_NepalSample_RecordsTheRedactionAndNeverIncludesNotes()
    {
        var root = JsonNode.Parse(Json.Value)!;

        Assert.True(root["redaction"]!["redacted"]!.GetValue<bool>());
        Assert.Equal(5, root["redaction"]!["settings"]!["k"]!.GetValue<int>());
        Assert.False(root["options"]!["includeNotes"]!.GetValue<bool>());
    }

    [Fact]
    public void Create_WithKOfOne_HidesNothing()
    {
        var shared = SharedAnalysis.Create(
            RedactionSamples.Framework, RedactionSamples.Nepal, null, RedactionSamples.Seeded(32, k: 1));

        Assert.Empty(shared.Suppressed);
    }

    [Fact]
    public void Export_WithKOfOne_IsTheAnalysisDocumentWithARedactionMemberAdded()
    {
        var shared = SharedAnalysis.Create(
            RedactionSamples.Framework, RedactionSamples.Nepal, null, RedactionSamples.Seeded(34, k: 1));
        var plain = TipAssessment.Serialization.AnalysisJson.Export(shared.Analysis);

        var exported = SharedAnalysisJson.Export(shared);

        var withoutMark = JsonNode.Parse(exported)!.AsObject();
        withoutMark.Remove("redaction");
        Assert.Equal(plain, withoutMark.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n");
        Assert.StartsWith(plain.Substring(0, plain.Length - 3), exported, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FromARedactedCopy_KeepsTheCopyAndTheLargerOfTheTwoKs()
    {
        var copy = AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(35, k: 7));

        var shared = SharedAnalysis.Create(
            RedactionSamples.Framework, copy, null, RedactionSamples.Seeded(36, k: 3));

        Assert.Equal(copy.Id, shared.Analysis.Assessment.Id);
        Assert.Equal(7, shared.MinimumCellSize);
    }

    [Fact]
    public void Create_WithALargerK_HidesAtLeastAsMuch()
    {
        var larger = SharedAnalysis.Create(
            RedactionSamples.Framework, RedactionSamples.Nepal, null, RedactionSamples.Seeded(33, k: 8));

        Assert.True(larger.Suppressed.Length >= Shared.Value.Suppressed.Length);
    }

    private string AnalysisJson() => TipAssessment.Serialization.AnalysisJson.Export(Shared.Value.Analysis);

    private static bool IsHiddenInShared(JsonObject score)
    {
        var scope = score["scope"]!.GetValue<string>();
        var key = score["question"]!.GetValue<string>() + "|"
            + (scope == "locality" ? "locality:" + score["locality"]!.GetValue<string>() : scope);
        return Shared.Value.Find(SuppressedCellKind.Score, key) is not null
            && SuppressionAudit.Scores(Json.Value).Any(s => SuppressionAudit.IsHidden(s)
                && s["question"]!.GetValue<string>() == score["question"]!.GetValue<string>()
                && s["scope"]!.GetValue<string>() == scope
                && s["locality"]?.GetValue<string>() == score["locality"]?.GetValue<string>());
    }

    private static Dictionary<string, string> InformantOf(SharedAnalysis shared) =>
        shared.Analysis.Assessment.Responses.Where(r => r.Informant is not null)
            .ToDictionary(r => r.Id, r => r.Informant!, StringComparer.Ordinal);

    private static IEnumerable<string> Ids(JsonObject cell, string name) =>
        cell[name]!.AsArray().Select(n => n!.GetValue<string>());
}
