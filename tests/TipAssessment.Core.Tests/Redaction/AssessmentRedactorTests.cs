using System;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Redaction;
using TipAssessment.Scoring;
using TipAssessment.Serialization;
using TipAssessment.Tests.Serialization;
using Xunit;

namespace TipAssessment.Tests.Redaction;

/// <summary>Redaction of the real-findings sample (Nepal, reconstructed from public reports).</summary>
public class AssessmentRedactorTests
{
    private static readonly Lazy<string> Redacted = new(() =>
        AssessmentJson.Export(AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(1))));

    [Fact]
    public void Redact_NepalSample_LeavesNoNoteFindingProposalCodeOrEvidenceReferenceAnywhere()
    {
        var secrets = RedactionSamples.Secrets(RedactionSamples.Nepal).Distinct().ToList();
        var strings = RedactionSamples.Strings(Redacted.Value);

        Assert.NotEmpty(secrets);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(strings, s => s.IndexOf(secret, StringComparison.Ordinal) >= 0);
        }
    }

    [Fact]
    public void Redact_NepalSample_ValidatesAgainstTheSchemaAndReimportsWithoutErrors()
    {
        var imported = AssessmentJson.Import(Redacted.Value, RedactionSamples.Framework);

        Assert.Empty(imported.Errors);
        Assert.NotNull(imported.Value!.Redaction);
        Assert.Equal(AssessmentRedactor.Removed.ToArray(), imported.Value.Redaction!.Removed.ToArray());
    }

    [Fact]
    public void Redact_NepalSample_DropsAttributesAndCoarsensEveryDateToTheMonth()
    {
        var redacted = AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(2));

        Assert.All(redacted.Informants, i => Assert.True(i.Gender is null && i.AgeBand is null));
        Assert.All(redacted.Informants, i => Assert.Null(i.Subtype));
        var dates = redacted.Responses.Select(r => r.CollectedOn)
            .Concat(redacted.Informants.Select(i => i.Consent.RecordedOn))
            .Concat(redacted.DeskSources.Select(s => s.Accessed))
            .Concat(new[] { redacted.Period?.Start, redacted.Period?.End }).OfType<string>().ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.True(d.Length <= 7, d));
        Assert.Empty(redacted.Extensions);
        Assert.Empty(redacted.Assessors);
    }

    [Fact]
    public void Redact_NepalSample_KeepsEveryRatingSourceTypeAndLocality()
    {
        var original = RedactionSamples.Nepal;

        var redacted = AssessmentRedactor.Redact(original, RedactionSamples.Seeded(3));

        Assert.Equal(original.Responses.Select(r => r.Rating), redacted.Responses.Select(r => r.Rating));
        Assert.Equal(original.Responses.Select(r => r.Locality), redacted.Responses.Select(r => r.Locality));
        Assert.Equal(
            original.Informants.Select(i => i.Type).OrderBy(t => t, StringComparer.Ordinal),
            redacted.Informants.Select(i => i.Type).OrderBy(t => t, StringComparer.Ordinal));
    }

    [Fact]
    public void Redact_NepalSample_GetsANewIdAndTheMonthOfRedaction()
    {
        var redacted = AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(4, k: 7));

        Assert.NotEqual(RedactionSamples.Nepal.Id, redacted.Id);
        Assert.StartsWith(RedactionSamples.Nepal.Id + "-shared-", redacted.Id, StringComparison.Ordinal);
        Assert.Equal("2026-12", redacted.Redaction!.RedactedOn);
        Assert.Equal(7, redacted.Redaction.MinimumCellSize);
    }

    [Fact]
    public void Redact_TwiceOverTheSameDocument_DrawsUnrelatedCodes()
    {
        var first = AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(5));
        var second = AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(6));

        Assert.Empty(first.Informants.Select(i => i.Code).Intersect(second.Informants.Select(i => i.Code)));
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Redact_WithTheSameSeed_IsReproducible()
    {
        var nepal = RedactionSamples.Nepal;

        var first = AssessmentJson.Export(AssessmentRedactor.Redact(nepal, RedactionSamples.Seeded(8)));
        var second = AssessmentJson.Export(AssessmentRedactor.Redact(nepal, RedactionSamples.Seeded(8)));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Redact_AnAlreadyRedactedAssessment_IsRefused()
    {
        var once = AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(9));

        Assert.Throws<ArgumentException>(() => AssessmentRedactor.Redact(once, RedactionSamples.Seeded(9)));
    }

    [Fact]
    public void Redact_WithKBelowOne_IsRefused()
    {
        var options = RedactionSamples.Seeded(10, k: 0);

        Assert.Throws<ArgumentException>(() => AssessmentRedactor.Redact(RedactionSamples.Nepal, options));
    }

    [Fact]
    public void Redact_FindingsAndResponses_StillPointAtEachOther()
    {
        var redacted = AssessmentRedactor.Redact(RedactionSamples.Nepal, RedactionSamples.Seeded(11));
        var ids = redacted.Responses.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var codes = redacted.Informants.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(redacted.Findings.SelectMany(f => f.Responses), id => Assert.Contains(id, ids));
        var informants = redacted.Responses.Select(r => r.Informant).OfType<string>();
        Assert.All(informants, c => Assert.Contains(c, codes));
        Assert.All(redacted.Findings, f => Assert.Equal(RedactionOptions.Marker, f.CurrentState));
    }

    [Fact]
    public void Redact_AnInformantWithoutConsent_IsLeftOutWithEveryAnswerAndReference()
    {
        // An informant whose answers a finding cites withdraws consent (or it was never recorded).
        var original = RedactionSamples.Nepal;
        var byId = original.Responses.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var code = original.Findings.SelectMany(f => f.Responses)
            .Select(id => byId[id].Informant).OfType<string>().First();
        var withdrawn = original with
        {
            Informants = original.Informants
                .Select(i => i.Code == code ? i with { Consent = i.Consent with { Given = false } } : i)
                .ToImmutableArray(),
        };
        var theirs = original.Responses.Where(r => r.Informant == code).Select(r => r.Id)
            .ToHashSet(StringComparer.Ordinal);

        var redacted = AssessmentRedactor.Redact(withdrawn, RedactionSamples.Seeded(12));

        Assert.NotEmpty(theirs);
        Assert.Equal(original.Informants.Length - 1, redacted.Informants.Length);
        Assert.Equal(original.Responses.Length - theirs.Count, redacted.Responses.Length);
        Assert.Equal(
            original.Findings.Select(f => f.Responses.Count(id => !theirs.Contains(id))),
            redacted.Findings.Select(f => f.Responses.Length));
        Assert.DoesNotContain(RedactionOptions.Marker, redacted.Findings.SelectMany(f => f.Responses));
        Assert.Contains("informants-without-consent", redacted.Redaction!.Removed);

        // Nothing that counted is lost: scoring never used those answers.
        var before = ScoringEngine.Score(RedactionSamples.Framework, withdrawn);
        var after = ScoringEngine.Score(RedactionSamples.Framework, redacted);
        Assert.Equal(
            before.Scores.Select(s => (s.Question, s.Scope, s.Level, s.RatedCount, s.OtherCount())),
            after.Scores.Select(s => (s.Question, s.Scope, s.Level, s.RatedCount, s.OtherCount())));
        Assert.Contains(before.Excluded, e => theirs.Contains(e.Response));
        Assert.Equal(before.Excluded.Length - theirs.Count, after.Excluded.Length);
    }
}

public class AssessmentRedactorModelTests
{
    [Fact]
    public void Redact_ReferencesToNothing_AreLeftOutSoTheCopyStaysValid()
    {
        // Only a model built in code can hold these: import refuses them.
        var original = RedactionSamples.Nepal;
        var stray = original.Responses[0] with { Id = "r-stray", Informant = "NOBODY" };
        var sourceless = original.Responses[1] with { Id = "r-none", Informant = null, DeskSource = null };
        var finding = original.Findings[0] with { Responses = original.Findings[0].Responses.Add("r-ghost") };
        var model = original with
        {
            Responses = original.Responses.Add(stray).Add(sourceless),
            Findings = original.Findings.SetItem(0, finding),
        };

        var redacted = AssessmentRedactor.Redact(model, RedactionSamples.Seeded(13));

        Assert.Equal(original.Responses.Length, redacted.Responses.Length);
        Assert.DoesNotContain(redacted.Responses, r => r.Informant == RedactionOptions.Marker);
        Assert.Equal(original.Findings[0].Responses.Length, redacted.Findings[0].Responses.Length);
        Assert.DoesNotContain(RedactionOptions.Marker, redacted.Findings.SelectMany(f => f.Responses));
        var imported = AssessmentJson.Import(AssessmentJson.Export(redacted), RedactionSamples.Framework);
        Assert.Empty(imported.Errors);
    }
}

public class RedactionRandomnessTests
{
    [Fact]
    public void Redact_WithASourceThatIsNotRandom_ThrowsInsteadOfHanging()
    {
        var options = new RedactionOptions { RandomBytes = buffer => Array.Clear(buffer, 0, buffer.Length) };

        var error = Assert.Throws<ArgumentException>(
            () => AssessmentRedactor.Redact(RedactionSamples.Nepal, options));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("RandomBytes", error.Message, StringComparison.Ordinal);
    }
}

internal static class ScoreCounts
{
    public static int OtherCount(this QuestionScore score) =>
        score.UnknownCount + score.NotApplicableCount + score.UnratedCount;
}
