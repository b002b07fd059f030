using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using TipAssessment.Framework;

namespace TipAssessment.Tests.Framework;

/// <summary>
/// A random, well-formed tailoring of the standard framework: some sections, some of their topics, some of
/// their questions (at least one kept), local questions, and translations, applied in that order.
/// </summary>
internal sealed record TailoringPlan(
    ImmutableArray<string> Sections,
    ImmutableArray<string> Topics,
    ImmutableArray<string> RemovedQuestions,
    bool UseKeepQuestions,
    ImmutableArray<LocalQuestionPlan> LocalQuestions,
    ImmutableArray<(string Language, FrameworkTranslation Texts)> Translations)
{
    private static readonly AssessmentFramework Standard = StandardFramework.Load();

    private static readonly string[] Namespaces = { "np-ngo", "ke", "x1", "org-a-b" };

    private static readonly string[] Languages = { "fr", "de", "ne-NP", "es", "sw" };

    public override string ToString() =>
        $"sections [{string.Join(",", Sections)}] topics [{string.Join(",", Topics)}] "
        + $"removed [{string.Join(",", RemovedQuestions)}] keep={UseKeepQuestions} "
        + $"local [{string.Join(
            ",",
            LocalQuestions.Select(l => l.Namespace + ":" + l.Name + "@" + l.Topic))}] "
        + $"translations [{string.Join(",", Translations.Select(t => t.Language))}]";

    public static Arbitrary<TailoringPlan> Arbitrary() =>
        (from sections in NonEmptySubset(Standard.Sections.Select(s => s.Id))
         from topics in NonEmptySubset(TopicsOf(sections))
         from anchor in Gen.Elements(PlacedIn(topics).ToArray())
         from removed in Gen.SubListOf(PlacedIn(topics).Where(id => id != anchor))
         from keep in Gen.Elements(true, false)
         from locals in Gen.ListOf(LocalQuestion(topics)).Select(l => l.Take(4))
         from translations in Gen.ListOf(Translation()).Select(t => t.Take(3))
         select new TailoringPlan(
             sections,
             topics,
             removed.ToImmutableArray(),
             keep,
             locals.Select((l, i) => l with { Name = l.Name + "-" + i }).ToImmutableArray(),
             translations.ToImmutableArray()))
        .ToArbitrary();

    public FrameworkTailoring Apply(FrameworkTailoring tailoring)
    {
        var t = tailoring.KeepSections(Sections).KeepTopics(Topics);
        t = UseKeepQuestions
            ? t.KeepQuestions(PlacedIn(Topics).Except(RemovedQuestions))
            : t.RemoveQuestions(RemovedQuestions);
        t = LocalQuestions.Aggregate(t, (acc, l) => l.Apply(acc));
        return Translations.Aggregate(t, (acc, x) => acc.AddTranslation(x.Language, x.Texts));
    }

    /// <summary>
    /// The standard questions the plan keeps: those placed in its topics, less those removed.
    /// </summary>
    public ImmutableHashSet<string> KeptStandardQuestions =>
        PlacedIn(Topics).Except(RemovedQuestions).ToImmutableHashSet(StringComparer.Ordinal);

    private static ImmutableArray<string> PlacedIn(ImmutableArray<string> topics) =>
        Standard.Sections.SelectMany(s => s.Topics).Where(t => topics.Contains(t.Id))
            .SelectMany(t => t.Questions).Distinct().ToImmutableArray();

    private static IEnumerable<string> TopicsOf(ImmutableArray<string> sections) =>
        Standard.Sections.Where(s => sections.Contains(s.Id)).SelectMany(s => s.Topics).Select(t => t.Id);

    private static Gen<ImmutableArray<string>> NonEmptySubset(IEnumerable<string> items)
    {
        var list = items.ToArray();
        return from first in Gen.Elements(list)
               from rest in Gen.SubListOf(list)
               select rest.Append(first).Distinct().ToImmutableArray();
    }

    private static Gen<LocalQuestionPlan> LocalQuestion(ImmutableArray<string> topics) =>
        from ns in Gen.Elements(Namespaces)
        from topic in Gen.Elements(topics.ToArray())
        from scored in Gen.Elements(true, false)
        from safe in Gen.Elements(true, false)
        from types in Gen.SubListOf(Standard.InformantTypes.Select(t => t.Id))
        from level in Gen.Choose(Standard.RatingScale.MinLevel, Standard.RatingScale.MaxLevel)
        select new LocalQuestionPlan(
            ns,
            "local-question",
            topic,
            scored,
            safe,
            types.ToImmutableArray(),
            level);

    private static Gen<(string, FrameworkTranslation)> Translation() =>
        from language in Gen.Elements(Languages)
        from questions in Gen.SubListOf(Standard.Questions.Select(q => q.Id))
        from topics in Gen.SubListOf(Standard.Sections.SelectMany(s => s.Topics).Select(t => t.Id))
        from sections in Gen.SubListOf(Standard.Sections.Select(s => s.Id))
        select (language, new FrameworkTranslation
        {
            Questions = Texts(questions, language),
            Topics = Texts(topics, language),
            Sections = Texts(sections, language),
        });

    private static ImmutableSortedDictionary<string, string> Texts(
        IEnumerable<string> ids,
        string language) =>
        ids.ToImmutableSortedDictionary(id => id, id => $"[{language}] {id}", StringComparer.Ordinal);
}

/// <summary>A random local question: where it goes, whether it is scored and whom it may be put to.</summary>
internal sealed record LocalQuestionPlan(
    string Namespace,
    string Name,
    string Topic,
    bool Scored,
    bool VictimSafe,
    ImmutableArray<string> InformantTypes,
    int TargetLevel)
{
    public FrameworkTailoring Apply(FrameworkTailoring tailoring) =>
        tailoring.AddLocalQuestion(Namespace, Name, Topic, "A local question?", q => q with
        {
            Measure = Scored ? QuestionMeasure.Scored : QuestionMeasure.Descriptive,
            DesiredState = Scored ? new DesiredState("What good looks like here.", TargetLevel) : null,
            VictimSafe = VictimSafe,
            InformantTypes = VictimSafe
                ? InformantTypes
                : InformantTypes.Remove(WellKnownIds.VictimInformantType),
        });
}
