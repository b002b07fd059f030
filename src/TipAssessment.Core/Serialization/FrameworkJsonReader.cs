using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using TipAssessment.Framework;
using TipAssessment.Problems;
using Names = TipAssessment.Serialization.FrameworkJsonNames;

namespace TipAssessment.Serialization;

/// <summary>Maps a framework document, already checked against its schema, to the model.</summary>
internal static class FrameworkJsonReader
{
    public static AssessmentFramework Read(JsonElement root, List<Problem> problems)
    {
        var e = new FrameworkJsonElement(root, JsonPointers.Root, problems);
        return new AssessmentFramework
        {
            Id = e.String("id"),
            Version = e.String("version"),
            Title = e.String("title"),
            Description = e.OptionalString("description"),
            DefaultLanguage = e.String("defaultLanguage"),
            DerivedFrom = e.Object("derivedFrom", required: false) is { } d ? Derivation(d) : null,
            RatingScale = Scale(e.Object("ratingScale")),
            Pillars = e.Array(
                "pillars",
                p => new Pillar(p.String("id"), p.String("title"), p.Enum("kind", Names.PillarKinds))),
            Areas = e.Array("areas", Area),
            PerspectiveGroups = e.Array("perspectiveGroups", PerspectiveGroup),
            InformantTypes = e.Array("informantTypes", InformantType),
            DeskSources = e.Array("deskSources", DeskSource),
            Instruments = e.Array("instruments", i => new Instrument(i.String("id"), i.String("title"))),
            Sections = e.Array("sections", Section),
            Questions = e.Array("questions", FrameworkJsonQuestionReader.Question),
            Drivers = e.Array("drivers", Driver),
            Solutions = e.Array("solutions", Solution),
            Linkages = e.Array("linkages", Linkage, required: false),
            RedFlags = e.Array("redFlags", RedFlag, required: false),
            Translations = Translations(e),
        };
    }

    private static FrameworkDerivation Derivation(FrameworkJsonElement e) => new()
    {
        FrameworkId = e.String("frameworkId"),
        Version = e.String("version"),
        Changes = e.Strings("changes", required: false),
    };

    private static RatingScale Scale(FrameworkJsonElement? scale)
    {
        if (scale is not { } e)
        {
            return new RatingScale { Unknown = Marker(null), NotApplicable = Marker(null) };
        }

        return new RatingScale
        {
            Levels = e.Array("levels", Level),
            Unknown = Marker(e.Object("unknown")),
            NotApplicable = Marker(e.Object("notApplicable")),
        };
    }

    private static RatingLevel Level(FrameworkJsonElement l) =>
        new(l.Int("level"), l.String("id"), l.String("label"), l.String("descriptor"));

    private static RatingMarker Marker(FrameworkJsonElement? e) =>
        e is { } m ? new RatingMarker(m.String("label"), m.String("descriptor")) : new RatingMarker("", "");

    private static PerspectiveGroup PerspectiveGroup(FrameworkJsonElement e) =>
        new(e.String("id"), e.String("title"), e.String("description"));

    private static GapArea Area(FrameworkJsonElement e) => new()
    {
        Id = e.String("id"),
        Pillar = e.String("pillar"),
        Mode = e.Enum("mode", Names.AreaModes),
        Title = e.String("title"),
        UnderConsideration = e.String("underConsideration"),
    };

    private static InformantType InformantType(FrameworkJsonElement e) => new()
    {
        Id = e.String("id"),
        SeedLetter = e.OptionalString("seedLetter"),
        Title = e.String("title"),
        Description = e.String("description"),
        PerspectiveGroup = e.String("perspectiveGroup"),
        Subtypes = e.Array(
            "subtypes",
            s => new InformantSubtype(s.String("id"), s.String("title")),
            required: false),
    };

    private static DeskSource DeskSource(FrameworkJsonElement e) => new()
    {
        Id = e.String("id"),
        SeedLetter = e.OptionalString("seedLetter"),
        Title = e.String("title"),
        Kind = e.Enum("kind", Names.DeskSourceKinds),
        Description = e.String("description"),
    };

    private static Section Section(FrameworkJsonElement e) => new()
    {
        Id = e.String("id"),
        Title = e.String("title"),
        Pillar = e.String("pillar"),
        ResearchMode = e.Enum("researchMode", Names.ResearchModes),
        Purpose = e.String("purpose"),
        Topics = e.Array("topics", Topic),
    };

    private static Topic Topic(FrameworkJsonElement e) => new()
    {
        Id = e.String("id"),
        Title = e.String("title"),
        TitleSource = e.Enum("titleSource", Names.TitleSources),
        Questions = e.Strings("questions"),
    };

    private static Driver Driver(FrameworkJsonElement e) => new()
    {
        Id = e.String("id"),
        Title = e.String("title"),
        Description = e.String("description"),
        InSeedExample = e.Bool("inSeedExample"),
    };

    private static Solution Solution(FrameworkJsonElement e) => new()
    {
        Id = e.String("id"),
        Title = e.String("title"),
        Description = e.String("description"),
        Addresses = e.Strings("addresses"),
        Horizon = e.Enum("horizon", Names.Horizons),
        Areas = e.Strings("areas", required: false),
    };

    private static Linkage Linkage(FrameworkJsonElement e) => new()
    {
        Id = e.String("id"),
        LegalQuestion = e.String("legalQuestion"),
        PracticeQuestions = e.Strings("practiceQuestions"),
        Rationale = e.String("rationale"),
    };

    private static RedFlagRule RedFlag(FrameworkJsonElement e) => new()
    {
        Id = e.String("id"),
        Question = e.String("question"),
        AtOrBelowLevel = e.Int("atOrBelowLevel"),
        CapsBand = e.String("capsBand"),
        Scope = e.String("scope"),
        Reason = e.String("reason"),
    };

    private static ImmutableSortedDictionary<string, FrameworkTranslation> Translations(
        FrameworkJsonElement e)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, FrameworkTranslation>(
            StringComparer.Ordinal);
        foreach (var language in e.Members("translations"))
        {
            var t = language.Value;
            if (t.RequireObject())
            {
                builder[language.Key] = new FrameworkTranslation
                {
                    Questions = t.StringMap("questions"),
                    Topics = t.StringMap("topics"),
                    Sections = t.StringMap("sections"),
                };
            }
        }

        return builder.ToImmutable();
    }
}
