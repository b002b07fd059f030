using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using TipAssessment.Framework;

namespace TipAssessment.Tests.Framework;

/// <summary>
/// A random tailoring whose steps may be anything a caller can pass without an exception: unknown ids,
/// malformed local ids, blank texts, odd questions from <c>configure</c>, bad language tags, bad ids and
/// versions, mixed with good ones.
/// </summary>
internal sealed record WildTailoring(ImmutableArray<WildStep> Steps)
{
    private static readonly AssessmentFramework Standard = StandardFramework.Load();

    private static readonly string[] Blanks = { "", " ", "\t" };

    public override string ToString() => string.Join(" | ", Steps);

    public FrameworkTailoring Apply(FrameworkTailoring tailoring) =>
        Steps.Aggregate(tailoring, (t, s) => s.Apply(t));

    public static Arbitrary<WildTailoring> Arbitrary() =>
        Gen.ListOf(Step()).Select(s => new WildTailoring(s.Take(6).ToImmutableArray())).ToArbitrary();

    private static Gen<WildStep> Step() => Gen.OneOf(
        Ids(Standard.Sections.Select(s => s.Id)).Select(ids => new WildStep(
            "keep sections " + string.Join(",", ids), t => t.KeepSections(ids))),
        Ids(TopicIds).Select(ids => new WildStep(
            "keep topics " + string.Join(",", ids), t => t.KeepTopics(ids))),
        Ids(Standard.Questions.Select(q => q.Id)).Select(ids => new WildStep(
            "keep questions " + string.Join(",", ids), t => t.KeepQuestions(ids))),
        Ids(Standard.Questions.Select(q => q.Id)).Select(ids => new WildStep(
            "remove questions " + string.Join(",", ids), t => t.RemoveQuestions(ids))),
        LocalQuestion(),
        LocalQuestion(),
        Translation(),
        Gen.Elements("np-ngo-district", "Bad Id", "", "x").Select(id => new WildStep(
            $"id '{id}'", t => id.Length == 0 ? t : t.WithId(id))),
        Gen.Elements("2.0.0", "v2", "1.0", "3.1.4-rc.1").Select(v => new WildStep(
            $"version '{v}'", t => t.WithVersion(v))),
        Gen.Elements("Tailored", " ").Select(title => new WildStep(
            $"title '{title}'", t => t.WithTitle(title))));

    private static IEnumerable<string> TopicIds =>
        Standard.Sections.SelectMany(s => s.Topics).Select(t => t.Id);

    private static Gen<string[]> Ids(IEnumerable<string> known) =>
        Gen.SubListOf(known.Concat(new[] { "no-such-id", "" }).ToArray())
            .Select(ids => ids.Take(12).ToArray());

    private static Gen<WildStep> LocalQuestion() =>
        from ns in Gen.Elements("np-ngo", "ke", "np-ngo", "NP", "", "a:b")
        from name in Gen.Elements("kilns", "kilns.night", "night", "Kilns", "")
        from topic in Gen.Elements(TopicIds.Take(4).Append("no.topic").ToArray())
        from text in Gen.Elements(Blanks.Concat(Enumerable.Repeat("Are kilns inspected?", 3)).ToArray())
        from change in Gen.Elements(Changes)
        select new WildStep(
            $"local {ns}:{name}@{topic} '{text}' {change.Name}",
            t => t.AddLocalQuestion(ns, name, topic, text, change.Apply));

    private static Gen<WildStep> Translation() =>
        from language in Gen.Elements("fr", "ne-NP", "en", "French")
        from question in Gen.Elements(Standard.Questions[0].Id, "np-ngo:kilns", "Bad Id")
        from text in Gen.Elements(Blanks.Append("Texte").ToArray())
        from section in Gen.Elements(Standard.Sections[0].Id, "nowhere")
        select new WildStep(
            $"translation {language} {question}='{text}' {section}",
            t => t.AddTranslation(language, new FrameworkTranslation
            {
                Questions = Map(question, text),
                Sections = Map(section, "Titre"),
            }));

    private static ImmutableSortedDictionary<string, string> Map(string key, string value) =>
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add(key, value);

    private static readonly Change[] Changes =
    {
        new("as is", q => q),
        new("scored", q => q with
        {
            Measure = QuestionMeasure.Scored,
            DesiredState = new DesiredState("Good.", Standard.RatingScale.MaxLevel),
        }),
        new("scored, blank state", q => q with
        {
            Measure = QuestionMeasure.Scored,
            DesiredState = new DesiredState(" ", Standard.RatingScale.MaxLevel),
        }),
        new("scored, no state", q => q with { Measure = QuestionMeasure.Scored }),
        new("level off scale", q => q with
        {
            Measure = QuestionMeasure.Scored,
            DesiredState = new DesiredState("Good.", -1),
        }),
        new("blank notes", q => q with { RepairNote = "", VictimSafetyNote = " " }),
        new("notes", q => q with
        {
            RepairNote = "Fixed.",
            ResearchModeReason = "Why.",
            MeasureReason = "How.",
        }),
        new("types twice", q => q with
        {
            VictimSafe = true,
            InformantTypes = ImmutableArray.Create(
                Standard.InformantTypes[0].Id,
                Standard.InformantTypes[0].Id),
        }),
        new("unknown type", q => q with { InformantTypes = ImmutableArray.Create("Nobody") }),
        new("victims, unsafe", q => q with
        {
            InformantTypes = ImmutableArray.Create(WellKnownIds.VictimInformantType),
        }),
        new("standards", q => q with
        {
            Standards = ImmutableArray.Create(
                new StandardReference(Standard.Instruments[0].Id, "Art. 1", "Note."),
                new StandardReference(Standard.Instruments[0].Id, "", null)),
        }),
        new("default arrays", q => q with { DeskSources = default, Drivers = default, Standards = default }),
        new("null text", q => q with { Text = null! }),
        new("odd enums", q => q with { Measure = (QuestionMeasure)7, ResearchMode = (ResearchMode)7 }),
    };

    private sealed record Change(string Name, Func<Question, Question> Apply);
}

/// <summary>One step of a <see cref="WildTailoring"/>, with a description for failure reports.</summary>
internal sealed record WildStep(string Description, Func<FrameworkTailoring, FrameworkTailoring> Apply)
{
    public override string ToString() => Description;
}
