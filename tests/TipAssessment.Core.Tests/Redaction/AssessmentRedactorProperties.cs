using System;
using System.Linq;
using FsCheck.Xunit;
using TipAssessment.Assessments;
using TipAssessment.Redaction;
using TipAssessment.Serialization;
using TipAssessment.Tests.Serialization;
using Xunit;

namespace TipAssessment.Tests.Redaction;

/// <summary>Redaction over generated assessments.</summary>
public class AssessmentRedactorProperties
{
    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 300)]
    public void Redact_GeneratedAssessment_LeavesNoOriginalCodeAndNoFreeText(Assessment original, int seed)
    {
        var redacted = AssessmentRedactor.Redact(original, RedactionSamples.Seeded(seed));
        var strings = RedactionSamples.Strings(AssessmentJson.Export(redacted));

        // Generated codes can be as short as one character, so a code is checked as a whole value.
        var codes = original.Informants.Select(i => i.Code).ToList();
        Assert.DoesNotContain(redacted.Informants, i => codes.Contains(i.Code));
        Assert.DoesNotContain(
            redacted.Responses, r => r.Informant is not null && codes.Contains(r.Informant));
        Assert.All(redacted.Responses, r => Assert.Null(r.Notes));
        Assert.All(redacted.Responses, r => Assert.True(r.Evidence.IsEmpty && r.Extensions.IsEmpty));
        Assert.All(redacted.Responses.SelectMany(r => r.Solutions), s => Assert.Null(s.Text));
        Assert.All(redacted.Findings, f => Assert.Equal(RedactionOptions.Marker, f.CurrentState));
        Assert.True(redacted.Extensions.IsEmpty && redacted.Localities.All(l => l.Extensions.IsEmpty));
        Assert.All(redacted.Informants, i => Assert.True(i.Extensions.IsEmpty && i.Gender is null));
        Assert.DoesNotContain(strings, s => codes.Contains(s) && !Structural(original).Contains(s));
    }

    // Values that stay in a redacted copy and may equal a generated code by chance (short identifiers).
    private static System.Collections.Generic.HashSet<string> Structural(Assessment a) => new(
        a.Localities.SelectMany(l => new[] { l.Id, l.Name, l.Kind, l.Code })
            .Concat(a.DeskSources.SelectMany(s => new[] { s.Id, s.Source, s.Citation, s.Url, s.Accessed }))
            .Concat(a.Findings.SelectMany(f => new[] { f.Id, f.Question, f.Topic }))
            .Concat(new[] { a.Title, a.Organisation, a.Country, a.Provenance?.Statement, a.Period?.Start })
            .OfType<string>(),
        StringComparer.Ordinal);

    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 200)]
    public void Redact_GeneratedAssessment_ReimportsWithoutErrors(Assessment original, int seed)
    {
        var redacted = AssessmentRedactor.Redact(original, RedactionSamples.Seeded(seed));

        var imported = AssessmentJson.Import(AssessmentJson.Export(redacted), TestFrameworks.Small());

        Assert.Empty(imported.Errors);
        Assert.Equal(redacted.Redaction!.RedactedOn, imported.Value!.Redaction!.RedactedOn);
    }

    [Property(Arbitrary = new[] { typeof(AssessmentGenerators) }, MaxTest = 200)]
    public void Redact_GeneratedAssessment_KeepsEveryRatingAndEveryLongNoteIsGone(
        Assessment original, int seed)
    {
        var redacted = AssessmentRedactor.Redact(original, RedactionSamples.Seeded(seed));
        var strings = RedactionSamples.Strings(AssessmentJson.Export(redacted));

        // Every rating stays, except those of informants without consent, which a shared copy leaves out.
        var withheld = original.Informants.Where(i => i.Consent is null || !i.Consent.Given)
            .Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var shared = original.Responses.Where(r => r.Informant is null || !withheld.Contains(r.Informant));
        Assert.Equal(shared.Select(r => r.Rating), redacted.Responses.Select(r => r.Rating));
        // Texts made of several pieces cannot occur by chance in the structural members that remain.
        var notes = original.Responses.Select(r => r.Notes).OfType<string>().Where(n => n.Length >= 12);
        Assert.All(notes, n => Assert.DoesNotContain(n, strings));
    }
}
