using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using TipAssessment.Framework;
using Names = TipAssessment.Serialization.FrameworkJsonNames;

namespace TipAssessment.Serialization;

/// <summary>
/// Writes a framework in the format's fixed member order. Optional members that are null, and optional
/// arrays that are empty, are left out, so what an import fills with defaults is written back the same.
/// </summary>
internal static class FrameworkJsonWriter
{
    public static void Write(Utf8JsonWriter w, AssessmentFramework f)
    {
        w.WriteStartObject();
        w.WriteString("$schema", Names.SchemaId);
        w.WriteString("kind", Names.Kind);
        w.WriteString("formatVersion", Names.FormatVersion);
        w.WriteString("id", f.Id);
        w.WriteString("version", f.Version);
        w.WriteString("title", f.Title);
        Optional(w, "description", f.Description);
        w.WriteString("defaultLanguage", f.DefaultLanguage);
        if (f.DerivedFrom is { } derivation)
        {
            w.WriteStartObject("derivedFrom");
            w.WriteString("frameworkId", derivation.FrameworkId);
            w.WriteString("version", derivation.Version);
            Strings(w, "changes", derivation.Changes);
            w.WriteEndObject();
        }

        Scale(w, f.RatingScale);
        Array(w, "pillars", f.Pillars, Pillar);
        Array(w, "areas", f.Areas, Area);
        Array(w, "perspectiveGroups", f.PerspectiveGroups, PerspectiveGroup);
        Array(w, "informantTypes", f.InformantTypes, InformantType);
        Array(w, "deskSources", f.DeskSources, DeskSource);
        Array(w, "instruments", f.Instruments, Instrument);
        Array(w, "sections", f.Sections, Section);
        Array(w, "questions", f.Questions, FrameworkJsonQuestionWriter.Question);
        Array(w, "drivers", f.Drivers, Driver);
        Array(w, "solutions", f.Solutions, Solution);
        Array(w, "linkages", f.Linkages, Linkage);
        Array(w, "redFlags", f.RedFlags, RedFlag);
        Translations(w, f);
        w.WriteEndObject();
    }

    /// <summary>Writes an array of objects, even when empty (required arrays are always written).</summary>
    public static void Array<T>(
        Utf8JsonWriter w,
        string name,
        ImmutableArray<T> items,
        Action<Utf8JsonWriter, T> item)
    {
        w.WriteStartArray(name);
        foreach (var value in items.OrEmpty())
        {
            w.WriteStartObject();
            item(w, value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes an array of strings, even when empty.</summary>
    public static void Strings(Utf8JsonWriter w, string name, ImmutableArray<string> items)
    {
        w.WriteStartArray(name);
        foreach (var value in items.OrEmpty())
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes an array of strings only when it has items.</summary>
    public static void OptionalStrings(Utf8JsonWriter w, string name, ImmutableArray<string> items)
    {
        if (!items.IsDefaultOrEmpty)
        {
            Strings(w, name, items);
        }
    }

    /// <summary>Writes a string member only when it has a value.</summary>
    public static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Scale(Utf8JsonWriter w, RatingScale scale)
    {
        w.WriteStartObject("ratingScale");
        Array(w, "levels", scale.Levels, (w2, l) =>
        {
            w2.WriteNumber("level", l.Level);
            w2.WriteString("id", l.Id);
            w2.WriteString("label", l.Label);
            w2.WriteString("descriptor", l.Descriptor);
        });
        Marker(w, "unknown", scale.Unknown);
        Marker(w, "notApplicable", scale.NotApplicable);
        w.WriteEndObject();
    }

    private static void Marker(Utf8JsonWriter w, string name, RatingMarker marker)
    {
        w.WriteStartObject(name);
        w.WriteString("label", marker.Label);
        w.WriteString("descriptor", marker.Descriptor);
        w.WriteEndObject();
    }

    private static void Pillar(Utf8JsonWriter w, Pillar p)
    {
        w.WriteString("id", p.Id);
        w.WriteString("title", p.Title);
        w.WriteString("kind", Names.PillarKinds.NameOf(p.Kind));
    }

    private static void Area(Utf8JsonWriter w, GapArea a)
    {
        w.WriteString("id", a.Id);
        w.WriteString("pillar", a.Pillar);
        w.WriteString("mode", Names.AreaModes.NameOf(a.Mode));
        w.WriteString("title", a.Title);
        w.WriteString("underConsideration", a.UnderConsideration);
    }

    private static void PerspectiveGroup(Utf8JsonWriter w, PerspectiveGroup g)
    {
        w.WriteString("id", g.Id);
        w.WriteString("title", g.Title);
        w.WriteString("description", g.Description);
    }

    private static void InformantType(Utf8JsonWriter w, InformantType t)
    {
        w.WriteString("id", t.Id);
        Optional(w, "seedLetter", t.SeedLetter);
        w.WriteString("title", t.Title);
        w.WriteString("description", t.Description);
        w.WriteString("perspectiveGroup", t.PerspectiveGroup);
        Array(w, "subtypes", t.Subtypes, (w2, s) =>
        {
            w2.WriteString("id", s.Id);
            w2.WriteString("title", s.Title);
        });
    }

    private static void DeskSource(Utf8JsonWriter w, DeskSource s)
    {
        w.WriteString("id", s.Id);
        Optional(w, "seedLetter", s.SeedLetter);
        w.WriteString("title", s.Title);
        w.WriteString("kind", Names.DeskSourceKinds.NameOf(s.Kind));
        w.WriteString("description", s.Description);
    }

    private static void Instrument(Utf8JsonWriter w, Instrument i)
    {
        w.WriteString("id", i.Id);
        w.WriteString("title", i.Title);
    }

    private static void Section(Utf8JsonWriter w, Section s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("title", s.Title);
        w.WriteString("pillar", s.Pillar);
        w.WriteString("researchMode", Names.ResearchModes.NameOf(s.ResearchMode));
        w.WriteString("purpose", s.Purpose);
        Array(w, "topics", s.Topics, (w2, t) =>
        {
            w2.WriteString("id", t.Id);
            w2.WriteString("title", t.Title);
            w2.WriteString("titleSource", Names.TitleSources.NameOf(t.TitleSource));
            Strings(w2, "questions", t.Questions);
        });
    }

    private static void Driver(Utf8JsonWriter w, Driver d)
    {
        w.WriteString("id", d.Id);
        w.WriteString("title", d.Title);
        w.WriteString("description", d.Description);
        w.WriteBoolean("inSeedExample", d.InSeedExample);
    }

    private static void Solution(Utf8JsonWriter w, Solution s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("title", s.Title);
        w.WriteString("description", s.Description);
        Strings(w, "addresses", s.Addresses);
        w.WriteString("horizon", Names.Horizons.NameOf(s.Horizon));
        Strings(w, "areas", s.Areas);
    }

    private static void Linkage(Utf8JsonWriter w, Linkage l)
    {
        w.WriteString("id", l.Id);
        w.WriteString("legalQuestion", l.LegalQuestion);
        Strings(w, "practiceQuestions", l.PracticeQuestions);
        w.WriteString("rationale", l.Rationale);
    }

    private static void RedFlag(Utf8JsonWriter w, RedFlagRule r)
    {
        w.WriteString("id", r.Id);
        w.WriteString("question", r.Question);
        w.WriteNumber("atOrBelowLevel", r.AtOrBelowLevel);
        w.WriteString("capsBand", r.CapsBand);
        w.WriteString("scope", r.Scope);
        w.WriteString("reason", r.Reason);
    }

    /// <summary>
    /// Writes the translations by language in ordinal order; within a language, texts follow the order of
    /// the elements in the framework (so a translator reads them in checklist order), and texts for ids the
    /// framework lacks follow in ordinal order.
    /// </summary>
    private static void Translations(Utf8JsonWriter w, AssessmentFramework f)
    {
        var questions = f.Questions.OrEmpty().Select(q => q.Id).ToList();
        var topics = f.Sections.OrEmpty().SelectMany(s => s.Topics.OrEmpty()).Select(t => t.Id).ToList();
        var sections = f.Sections.OrEmpty().Select(s => s.Id).ToList();
        w.WriteStartObject("translations");
        foreach (var language in f.Translations.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(language.Key);
            Map(w, "questions", language.Value.Questions, questions);
            Map(w, "topics", language.Value.Topics, topics);
            Map(w, "sections", language.Value.Sections, sections);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Map(
        Utf8JsonWriter w,
        string name,
        ImmutableSortedDictionary<string, string> texts,
        IReadOnlyList<string> order)
    {
        w.WriteStartObject(name);
        var known = order.Where(texts.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var rest = texts.Keys.Except(known, StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal);
        foreach (var id in known.Concat(rest))
        {
            w.WriteString(id, texts[id]);
        }

        w.WriteEndObject();
    }
}
