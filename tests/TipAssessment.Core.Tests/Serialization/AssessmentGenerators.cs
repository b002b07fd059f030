using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Serialization;
using Ratings = TipAssessment.Assessments.Rating;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// Generators of valid assessments for <see cref="TestFrameworks.Small"/>: any text (non-ASCII, control
/// characters, emoji), every optional member present or not, references that resolve, ratings on the
/// scale, victims only on victim-safe questions, and extension values of every JSON kind. Warnings
/// (no consent, duplicate answers) may occur; errors may not.
/// </summary>
public static class AssessmentGenerators
{
    private static readonly AssessmentFramework Framework = TestFrameworks.Small();

    private static readonly string[] TextPieces =
    {
        "a", "Z", " ", "district", "0", "\"", "\\", "/", "<b>", "&", "'", "\n", "\t", "\u0001", "\u007F",
        "\u00e9", "\u00f1", "\u0928\u0947\u092a\u093e\u0932", "\u0e44\u0e17\u0e22", "\u2028", "\ud83d\ude00",
        "\uFEFF",
    };

    private static readonly string[] NumberTexts =
    {
        "0", "-1", "42", "1.50", "1e400", "-0", "3.14159", "1E-7",
    };

    private static readonly ProvenanceKind[] ProvenanceKinds =
        Enum.GetValues(typeof(ProvenanceKind)).Cast<ProvenanceKind>().ToArray();

    /// <summary>The arbitrary FsCheck uses for <see cref="Assessment"/> parameters.</summary>
    public static Arbitrary<Assessment> Assessments() => Arb.From(Assessment());

    private static Gen<Assessment> Assessment() =>
        from localities in Gen.Choose(0, 3).SelectMany(n => Indexed(n, Locality))
        from sources in Gen.Choose(0, 2).SelectMany(n => Indexed(n, DeskSource))
        from informants in Gen.Choose(0, 4).SelectMany(n => Indexed(n, i => Informant(i, localities)))
        from responses in Gen.Choose(0, 8)
            .SelectMany(n => Indexed(n, i => Response(i, localities, sources, informants)))
        from findings in Gen.Choose(0, 2).SelectMany(n => Indexed(n, i => Finding(i, localities, responses)))
        from head in Head()
        select head with
        {
            Localities = localities,
            DeskSources = sources,
            Informants = informants,
            Responses = responses.Where(r => r is not null).Select(r => r!).ToImmutableArray(),
            Findings = findings,
        };

    private static Gen<Assessment> Head() =>
        from id in Identifier()
        from title in Text()
        from country in Gen.Elements("NP", "IN", "TH", "BD", "XK")
        from provenance in Nullable(Provenance())
        from period in Nullable(Period())
        from organisation in Nullable(Text())
        from assessors in Gen.Choose(0, 3).SelectMany(n => Indexed(n, UniqueIdentifier))
        from extensions in Extensions()
        select new Assessment
        {
            Id = id,
            Title = title,
            Framework = new FrameworkReference(Framework.Id, Framework.Version),
            Country = country,
            Provenance = provenance,
            Period = period,
            Organisation = organisation,
            Assessors = assessors,
            Extensions = extensions,
        };

    private static Gen<Provenance> Provenance() =>
        from kind in Gen.Elements(ProvenanceKinds)
        from statement in Text()
        select new Provenance(kind, statement);

    private static Gen<Locality> Locality(int index) =>
        from id in UniqueIdentifier(index)
        from name in Text()
        from kind in Nullable(Text())
        from code in Nullable(Text())
        from extensions in Extensions()
        select new Locality
        {
            Id = id,
            Name = name,
            Kind = kind,
            Code = code,
            Extensions = extensions,
        };

    private static Gen<ConsultedSource> DeskSource(int index) =>
        from id in UniqueIdentifier(index)
        from source in Gen.Elements(Framework.DeskSources.Select(s => s.Id).ToArray())
        from citation in Text()
        from url in Nullable(Text())
        from accessed in Nullable(Date())
        from extensions in Extensions()
        select new ConsultedSource
        {
            Id = id,
            Source = source,
            Citation = citation,
            Url = url,
            Accessed = accessed,
            Extensions = extensions,
        };

    private static Gen<Informant> Informant(int index, ImmutableArray<Locality> localities) =>
        from code in UniqueIdentifier(index)
        from type in Gen.Elements(Framework.InformantTypes.ToArray())
        from subtype in OneOfOrNull(type.Subtypes.Select(s => s.Id))
        from locality in OneOfOrNull(localities.Select(l => l.Id))
        from gender in OneOfOrNull(new[] { "female", "male", "another", "undisclosed" })
        from ageBand in OneOfOrNull(new[] { "18-24", "25-34", "35-49", "50-64", "65+" })
        from given in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from recordedOn in Nullable(Date())
        from stop in Gen.Elements(true, false)
        from extensions in Extensions()
        select new Informant
        {
            Code = code,
            Type = type.Id,
            Subtype = subtype,
            Locality = locality,
            Gender = gender,
            AgeBand = ageBand,
            Consent = new Consent(given, recordedOn, stop),
            Extensions = extensions,
        };

    // Null when the question can be put to nobody the document has; the caller drops those.
    private static Gen<Response?> Response(
        int index,
        ImmutableArray<Locality> localities,
        ImmutableArray<ConsultedSource> sources,
        ImmutableArray<Informant> informants) =>
        from question in Gen.Elements(Framework.Questions.ToArray())
        from source in Source(question, sources, informants)
        from id in UniqueIdentifier(index)
        from locality in OneOfOrNull(localities.Select(l => l.Id))
        from rating in Rating(question)
        from notes in Nullable(Text())
        from drivers in Gen.SubListOf(Framework.Drivers.Select(d => d.Id).ToArray())
        from solutions in Gen.Choose(0, 2).SelectMany(n => Indexed(n, _ => Solution()))
        from evidence in Gen.Choose(0, 2).SelectMany(n => Indexed(n, _ => Text()))
        from collectedOn in Nullable(Date())
        from extensions in Extensions()
        select source is null
            ? null
            : new Response
            {
                Id = id,
                Question = question.Id,
                Informant = source.Value.Informant,
                DeskSource = source.Value.DeskSource,
                Locality = locality,
                Rating = rating,
                Notes = notes,
                Drivers = drivers.ToImmutableArray(),
                Solutions = solutions,
                Evidence = evidence,
                CollectedOn = collectedOn,
                Extensions = extensions,
            };

    // A victim is never recorded against a question that is not safe for victims (that is an error).
    private static Gen<(string? Informant, string? DeskSource)?> Source(
        Question question,
        ImmutableArray<ConsultedSource> sources,
        ImmutableArray<Informant> informants)
    {
        var people = informants.Where(i => i.Type != WellKnownIds.VictimInformantType || question.VictimSafe)
            .Select(i => ((string?, string?)?)(i.Code, null));
        var documents = sources.Select(s => ((string?, string?)?)(null, s.Id));
        var all = people.Concat(documents).ToArray();
        return all.Length == 0 ? Gen.Constant<(string?, string?)?>(null) : Gen.Elements(all);
    }

    private static Gen<Rating> Rating(Question question)
    {
        var markers = new[] { Ratings.None, Ratings.Unknown, Ratings.NotApplicable };
        var levels = Enumerable.Range(0, Framework.RatingScale.MaxLevel + 1).Select(Ratings.AtLevel);
        return Gen.Elements(question.IsScored ? markers.Concat(levels).ToArray() : markers);
    }

    private static Gen<SolutionProposal> Solution() =>
        from code in Nullable(Gen.Elements(Framework.Solutions.Select(s => s.Id).ToArray()))
        from text in code is null ? Text().Select(t => (string?)t) : Nullable(Text())
        select new SolutionProposal(code, text);

    private static Gen<Finding> Finding(
        int index,
        ImmutableArray<Locality> localities,
        ImmutableArray<Response?> responses) =>
        from id in UniqueIdentifier(index)
        from onQuestion in Gen.Elements(true, false)
        from question in Gen.Elements(Framework.Questions.Select(q => q.Id).ToArray())
        from topic in Gen.Elements(Framework.Sections.SelectMany(s => s.Topics).Select(t => t.Id).ToArray())
        from locality in OneOfOrNull(localities.Select(l => l.Id))
        from state in Text()
        from cited in Gen.SubListOf(responses.Where(r => r is not null).Select(r => r!.Id).ToArray())
        from extensions in Extensions()
        select new Finding
        {
            Id = id,
            Question = onQuestion ? question : null,
            Topic = onQuestion ? null : topic,
            Locality = locality,
            CurrentState = state,
            Responses = cited.ToImmutableArray(),
            Extensions = extensions,
        };

    private static Gen<AssessmentPeriod> Period() =>
        from start in Date()
        from end in Nullable(Date())
        select end is not null && CalendarDates.StartsAfter(start, end)
            ? new AssessmentPeriod(end, start)
            : new AssessmentPeriod(start, end);

    private static Gen<string> Date() =>
        from year in Gen.Choose(1990, 2099)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        from precision in Gen.Choose(1, 3)
        select precision switch
        {
            1 => $"{year:D4}",
            2 => $"{year:D4}-{month:D2}",
            _ => $"{year:D4}-{month:D2}-{day:D2}",
        };

    private static Gen<ImmutableSortedDictionary<string, string>> Extensions() =>
        Gen.Choose(0, 2)
            .SelectMany(n => Indexed(n, i => JsonValue(3).Select(v => ("org.example.tool" + i, v))))
            .Select(pairs => pairs.ToImmutableSortedDictionary(
                p => p.Item1, p => p.Item2, StringComparer.Ordinal));

    // Canonical compact JSON text, as import keeps extension values.
    private static Gen<string> JsonValue(int depth)
    {
        var scalars = Gen.OneOf(
            Gen.Elements("true", "false", "null"),
            Gen.Elements(NumberTexts),
            Text().Select(t => JsonSerializer.Serialize(t)));
        var value = depth == 0
            ? scalars
            : Gen.Frequency((3, scalars), (1, JsonArray(depth)), (1, JsonObject(depth)));
        return value.Select(Canonical);
    }

    private static Gen<string> JsonArray(int depth) =>
        Gen.Choose(0, 3)
            .SelectMany(n => Indexed(n, _ => JsonValue(depth - 1)))
            .Select(items => "[" + string.Join(",", items) + "]");

    // Keys end with their index, so that they are unique in the object.
    private static Gen<string> JsonObject(int depth) =>
        Gen.Choose(0, 3)
            .SelectMany(n => Indexed(n, i => JsonMember(i, depth)))
            .Select(members => "{" + string.Join(",", members) + "}");

    private static Gen<string> JsonMember(int index, int depth) =>
        from key in Text()
        from value in JsonValue(depth - 1)
        select JsonSerializer.Serialize(key + index) + ":" + value;

    private static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ExtensionJson.Canonical(document.RootElement);
    }

    private static Gen<string> Identifier() =>
        from first in Gen.Elements("a", "Z", "7")
        from rest in Gen.ListOf(Gen.Elements('a', 'B', '3', '.', '_', ':', '-'))
        select first + new string(rest.Take(20).ToArray());

    // The index after the last ':' makes it unique among its siblings, whatever the random part holds.
    private static Gen<string> UniqueIdentifier(int index) => Identifier().Select(s => s + ":" + index);

    private static Gen<string> Text() =>
        Gen.NonEmptyListOf(Gen.Elements(TextPieces)).Select(pieces => string.Concat(pieces.Take(12)));

    private static Gen<T?> Nullable<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<string?> OneOfOrNull(IEnumerable<string> values)
    {
        var all = values.Select(v => (string?)v).Append(null).ToArray();
        return Gen.Elements(all);
    }

    private static Gen<ImmutableArray<T>> Indexed<T>(int count, Func<int, Gen<T>> item) =>
        Gen.CollectToList(Enumerable.Range(0, count), item).Select(items => items.ToImmutableArray());
}
