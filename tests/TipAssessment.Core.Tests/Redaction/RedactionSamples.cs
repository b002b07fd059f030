using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Redaction;
using TipAssessment.Serialization;
using TipAssessment.Tests.Serialization;

namespace TipAssessment.Tests.Redaction;

/// <summary>The real-findings sample, seeded redaction options, and a walker over a document's
/// strings.</summary>
internal static class RedactionSamples
{
    private static readonly Lazy<Assessment> NepalAssessment = new(() => AssessmentJson.ImportFile(
        Path.Combine(SampleFiles.Seeds, "samples", "nepal-reconstructed.assessment.json"),
        StandardFramework.Load()).GetValueOrThrow());

    public static AssessmentFramework Framework => StandardFramework.Load();

    public static Assessment Nepal => NepalAssessment.Value;

    /// <summary>Reproducible options: a seeded pseudo-random source and a fixed clock.</summary>
    public static RedactionOptions Seeded(int seed, int k = RedactionOptions.DefaultMinimumCellSize)
    {
        var random = new Random(seed);
        return new RedactionOptions
        {
            MinimumCellSize = k,
            RandomBytes = random.NextBytes,
            Clock = () => new DateTimeOffset(2026, 11, 30, 23, 59, 0, TimeSpan.FromHours(-5)),
        };
    }

    /// <summary>Every string in a JSON document: member names and string values.</summary>
    public static List<string> Strings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var strings = new List<string>();
        Collect(document.RootElement, strings);
        return strings;
    }

    /// <summary>The secrets of an assessment: notes, findings' words, free-text proposals, informant codes,
    /// evidence references and the text of extensions.</summary>
    public static IEnumerable<string> Secrets(Assessment a) =>
        a.Responses.Select(r => r.Notes).OfType<string>()
            .Concat(a.Findings.Select(f => f.CurrentState))
            .Concat(a.Responses.SelectMany(r => r.Solutions).Select(s => s.Text).OfType<string>())
            .Concat(a.Informants.Select(i => i.Code))
            .Concat(a.Responses.SelectMany(r => r.Evidence));

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    strings.Add(member.Name);
                    Collect(member.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
        }
    }
}
