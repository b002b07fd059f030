using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TipAssessment.Analysis;
using TipAssessment.Problems;
using TipAssessment.Scoring;

namespace TipAssessment.Serialization;

/// <summary>Writes the members of a results document in the schema's order.</summary>
internal sealed partial class AnalysisJsonWriter
{
    private readonly Utf8JsonWriter _w;

    public AnalysisJsonWriter(Utf8JsonWriter writer) => _w = writer;

    public void Write(AssessmentAnalysis analysis)
    {
        _w.WriteStartObject();
        _w.WriteString("$schema", AnalysisJson.SchemaId);
        _w.WriteString("kind", AnalysisJson.Kind);
        _w.WriteString("formatVersion", AnalysisJson.FormatVersion);
        WriteAssessment(analysis);
        _w.WriteStartObject("framework");
        _w.WriteString("id", analysis.Framework.Id);
        _w.WriteString("version", analysis.Framework.Version);
        _w.WriteEndObject();
        WriteOptions(analysis.Options);
        WriteScores(analysis.Scoring);
        WriteGapChart(analysis.Gaps);
        if (analysis.Comparison is not null)
        {
            WriteComparison(analysis.Comparison);
        }

        Array("excluded", analysis.Scoring.Excluded, e =>
        {
            _w.WriteString("response", e.Response);
            _w.WriteString("reason", e.Reason);
        });
        Array("problems", analysis.Problems, WriteProblem);
        _w.WriteEndObject();
    }

    /// <summary>
    /// A non-integral number, rounded half away from zero to the fixed decimals in decimal arithmetic and
    /// formatted here, so every runtime writes the same text.
    /// </summary>
    internal static string FormatNumber(double value)
    {
        var rounded = Math.Round((decimal)value, AnalysisJson.Decimals, MidpointRounding.AwayFromZero);
        return rounded == 0m ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>An enum value as the kebab-case word the schema uses (<c>WeightedMean</c> is
    /// <c>weighted-mean</c>).</summary>
    internal static string Word(Enum value)
    {
        var name = value.ToString();
        var word = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                word.Append('-');
            }

            word.Append(char.ToLowerInvariant(name[i]));
        }

        return word.ToString();
    }

    private void WriteAssessment(AssessmentAnalysis analysis)
    {
        var a = analysis.Assessment;
        _w.WriteStartObject("assessment");
        _w.WriteString("id", a.Id);
        _w.WriteString("title", a.Title);
        _w.WriteString("country", a.Country);
        if (a.Provenance is not null)
        {
            _w.WriteStartObject("provenance");
            _w.WriteString("kind", Word(a.Provenance.Kind));
            _w.WriteString("statement", a.Provenance.Statement);
            _w.WriteEndObject();
        }

        _w.WriteEndObject();
    }

    private void WriteOptions(AnalysisOptions options)
    {
        var s = options.Scoring;
        var g = options.Gaps;
        _w.WriteStartObject("options");
        _w.WriteString("aggregation", Word(s.Aggregation));
        Weights("sourceWeights", s.SourceWeights);
        Weights("questionWeights", s.QuestionWeights);
        Weights("topicWeights", s.TopicWeights);
        Weights("sectionWeights", s.SectionWeights);
        Weights("pillarWeights", s.PillarWeights);
        Number("triangulationThreshold", s.TriangulationThreshold);
        Array("bands", s.Bands, b =>
        {
            _w.WriteString("id", b.Id);
            _w.WriteString("label", b.Label);
            Number("minScore", b.MinScore);
        });
        _w.WriteString("grouping", Word(g.Grouping));
        OptionalStrings("areas", g.Areas);
        OptionalStrings("localities", g.Localities);
        _w.WriteNumber("leadingDrivers", g.LeadingDrivers);
        _w.WriteBoolean("includeNotes", g.IncludeNotes);
        if (options.Baseline is not null)
        {
            _w.WriteString("baseline", options.Baseline.Id);
        }

        _w.WriteEndObject();
    }

    private void WriteProblem(Problem p)
    {
        _w.WriteString("severity", Word(p.Severity));
        _w.WriteString("code", p.Code);
        _w.WriteString("pointer", p.Pointer);
        _w.WriteString("message", p.Message);
    }

    private void Weights(string name, ImmutableSortedDictionary<string, double> weights)
    {
        if (weights.IsEmpty)
        {
            return;
        }

        // The dictionary is sorted by ordinal key, so the order is fixed.
        _w.WriteStartObject(name);
        foreach (var pair in weights)
        {
            Number(pair.Key, pair.Value);
        }

        _w.WriteEndObject();
    }

    private void Scope(ScoreScope scope)
    {
        _w.WriteString("scope", Word(scope.Kind));
        if (scope.Locality is not null)
        {
            _w.WriteString("locality", scope.Locality);
        }
    }

    private void Number(string name, double value)
    {
        _w.WritePropertyName(name);
        _w.WriteRawValue(FormatNumber(value));
    }

    private void OptionalNumber(string name, double? value)
    {
        if (value is double number)
        {
            Number(name, number);
        }
    }

    private void Strings(string name, ImmutableArray<string> values)
    {
        _w.WriteStartArray(name);
        foreach (var value in values)
        {
            _w.WriteStringValue(value);
        }

        _w.WriteEndArray();
    }

    private void OptionalStrings(string name, ImmutableArray<string> values)
    {
        if (!values.IsDefaultOrEmpty)
        {
            Strings(name, values);
        }
    }

    /// <summary>An array of objects; <paramref name="members"/> writes one object's members.</summary>
    private void Array<T>(string name, IEnumerable<T> items, Action<T> members)
    {
        _w.WriteStartArray(name);
        foreach (var item in items)
        {
            _w.WriteStartObject();
            members(item);
            _w.WriteEndObject();
        }

        _w.WriteEndArray();
    }

    private void OptionalArray<T>(string name, ImmutableArray<T> items, Action<T> members)
    {
        if (!items.IsDefaultOrEmpty)
        {
            Array(name, items, members);
        }
    }
}
