using System;
using System.Collections.Immutable;
using System.Text.Json;
using TipAssessment.Assessments;

namespace TipAssessment.Serialization;

/// <summary>
/// Writes the model in the format's fixed member order, collections in the model's order; members
/// without a value and empty optional collections are left out. Writes what the model holds: it does not
/// validate (import does).
/// </summary>
internal static class AssessmentWriter
{
    /// <summary>Writes one assessment document.</summary>
    public static void Write(Utf8JsonWriter w, Assessment a)
    {
        w.WriteStartObject();
        w.WriteString("$schema", AssessmentJsonNames.SchemaId);
        w.WriteString("kind", AssessmentJsonNames.Kind);
        w.WriteString("formatVersion", AssessmentJsonNames.FormatVersion);
        w.WriteString("id", a.Id);
        w.WriteString("title", a.Title);
        w.WriteStartObject("framework");
        w.WriteString("id", a.Framework.Id);
        w.WriteString("version", a.Framework.Version);
        w.WriteEndObject();
        w.WriteString("country", a.Country);
        WriteProvenance(w, a.Provenance);
        WritePeriod(w, a.Period);
        Optional(w, "organisation", a.Organisation);
        Strings(w, "assessors", a.Assessors);
        Items(w, "localities", a.Localities, WriteLocality);
        Items(w, "deskSources", a.DeskSources, WriteDeskSource);
        Items(w, "informants", a.Informants, WriteInformant);
        Items(w, "responses", a.Responses, WriteResponse);
        Items(w, "findings", a.Findings, WriteFinding);
        ExtensionJson.Write(w, a.Extensions);
        WriteRedaction(w, a.Redaction);
        w.WriteEndObject();
    }

    /// <summary>The redaction mark, shared with the results document's writer.</summary>
    internal static void WriteRedaction(Utf8JsonWriter w, RedactionRecord? redaction)
    {
        if (redaction is null)
        {
            return;
        }

        w.WriteStartObject("redaction");
        w.WriteBoolean("redacted", true);
        w.WriteString("redactedOn", redaction.RedactedOn);
        w.WriteStartObject("settings");
        w.WriteNumber("k", redaction.MinimumCellSize);
        Strings(w, "removed", redaction.Removed);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter w, Provenance? provenance)
    {
        if (provenance is not null)
        {
            w.WriteStartObject("provenance");
            w.WriteString("kind", AssessmentJsonNames.Of(provenance.Kind));
            w.WriteString("statement", provenance.Statement);
            w.WriteEndObject();
        }
    }

    private static void WritePeriod(Utf8JsonWriter w, AssessmentPeriod? period)
    {
        if (period is not null)
        {
            w.WriteStartObject("period");
            w.WriteString("start", period.Start);
            Optional(w, "end", period.End);
            w.WriteEndObject();
        }
    }

    private static void WriteLocality(Utf8JsonWriter w, Locality l)
    {
        w.WriteString("id", l.Id);
        w.WriteString("name", l.Name);
        Optional(w, "kind", l.Kind);
        Optional(w, "code", l.Code);
        ExtensionJson.Write(w, l.Extensions);
    }

    private static void WriteDeskSource(Utf8JsonWriter w, ConsultedSource s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("source", s.Source);
        w.WriteString("citation", s.Citation);
        Optional(w, "url", s.Url);
        Optional(w, "accessed", s.Accessed);
        ExtensionJson.Write(w, s.Extensions);
    }

    private static void WriteInformant(Utf8JsonWriter w, Informant i)
    {
        w.WriteString("code", i.Code);
        w.WriteString("type", i.Type);
        Optional(w, "subtype", i.Subtype);
        Optional(w, "locality", i.Locality);
        Optional(w, "gender", i.Gender);
        Optional(w, "ageBand", i.AgeBand);
        w.WriteStartObject("consent");
        w.WriteBoolean("given", i.Consent.Given);
        Optional(w, "recordedOn", i.Consent.RecordedOn);
        w.WriteBoolean("rightToStopExplained", i.Consent.RightToStopExplained);
        w.WriteEndObject();
        ExtensionJson.Write(w, i.Extensions);
    }

    private static void WriteResponse(Utf8JsonWriter w, Response r)
    {
        w.WriteString("id", r.Id);
        w.WriteString("question", r.Question);
        Optional(w, "informant", r.Informant);
        Optional(w, "deskSource", r.DeskSource);
        Optional(w, "locality", r.Locality);
        WriteRating(w, r.Rating);
        Optional(w, "notes", r.Notes);
        Strings(w, "drivers", r.Drivers);
        Items(w, "solutions", r.Solutions, WriteSolution);
        Strings(w, "evidence", r.Evidence);
        Optional(w, "collectedOn", r.CollectedOn);
        ExtensionJson.Write(w, r.Extensions);
    }

    private static void WriteRating(Utf8JsonWriter w, Rating rating)
    {
        switch (rating.Kind)
        {
            case RatingKind.Level:
                w.WriteNumber("rating", rating.Level!.Value);
                break;
            case RatingKind.Unknown:
                w.WriteString("rating", AssessmentJsonNames.Unknown);
                break;
            case RatingKind.NotApplicable:
                w.WriteString("rating", AssessmentJsonNames.NotApplicable);
                break;
        }
    }

    private static void WriteSolution(Utf8JsonWriter w, SolutionProposal s)
    {
        Optional(w, "code", s.Code);
        Optional(w, "text", s.Text);
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteString("id", f.Id);
        Optional(w, "question", f.Question);
        Optional(w, "topic", f.Topic);
        Optional(w, "locality", f.Locality);
        w.WriteString("currentState", f.CurrentState);
        Strings(w, "responses", f.Responses);
        ExtensionJson.Write(w, f.Extensions);
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, ImmutableArray<string> values) =>
        Items(w, name, values, (writer, value) => writer.WriteStringValue(value), wrapInObject: false);

    // Items of an array; each item is an object whose members `write` produces, unless told otherwise.
    private static void Items<T>(
        Utf8JsonWriter w,
        string name,
        ImmutableArray<T> items,
        Action<Utf8JsonWriter, T> write,
        bool wrapInObject = true)
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            if (wrapInObject)
            {
                w.WriteStartObject();
            }

            write(w, item);
            if (wrapInObject)
            {
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }
}
