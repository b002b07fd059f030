using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using TipAssessment.Problems;

namespace TipAssessment.Framework;

/// <summary>The selection and translation steps of <see cref="FrameworkTailoring"/>.</summary>
internal static class TailoringSteps
{
    // The framework schema's BCP 47 shape: a lower-case 2-3 letter language, then subtags of 2-8 characters.
    private static readonly Regex LanguageTag =
        new("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant);

    private static readonly Target SectionIds = new("section", ProblemCodes.UnknownSection, "/sections");

    private static readonly Target TopicIds = new("topic", ProblemCodes.UnknownTopic, "/sections");

    private static readonly Target QuestionIds = new("question", ProblemCodes.UnknownQuestion, "/questions");

    public static Action<TailoringState> KeepSections(ImmutableArray<string> ids) => state =>
    {
        var d = state.Draft;
        var keep = Choose(state, ids, d.Sections.Select(s => s.Id), SectionIds, "kept sections");
        d.Sections = d.Sections.Where(s => keep.Contains(s.Id)).ToImmutableArray();
    };

    public static Action<TailoringState> KeepTopics(ImmutableArray<string> ids) => state =>
    {
        var keep = Choose(state, ids, state.Topics.Select(t => t.Id), TopicIds, "kept topics");
        state.MapTopics(t => keep.Contains(t.Id) ? t : t with { Questions = ImmutableArray<string>.Empty });
    };

    public static Action<TailoringState> KeepQuestions(ImmutableArray<string> ids) => state =>
    {
        var keep = Choose(state, ids, state.Draft.Questions.Select(q => q.Id), QuestionIds, "kept questions");
        state.MapTopicQuestions(q => q.Where(keep.Contains).ToImmutableArray());
    };

    public static Action<TailoringState> RemoveQuestions(ImmutableArray<string> ids) => state =>
    {
        var existing = state.Draft.Questions.Select(q => q.Id);
        var drop = Choose(state, ids, existing, QuestionIds, "removed questions");
        state.MapTopicQuestions(q => q.Where(id => !drop.Contains(id)).ToImmutableArray());
    };

    public static Action<TailoringState> AddTranslation(
        string language,
        FrameworkTranslation translation) => state =>
    {
        var d = state.Draft;
        if (!LanguageTag.IsMatch(language))
        {
            state.Error(
                ProblemCodes.InvalidTailoring,
                "/translations",
                $"'{language}' is not a language tag; use a BCP 47 tag such as 'fr' or 'ne-NP'.");
            return;
        }

        var empty = new FrameworkTranslation();
        var merged = Merge(
            d.Translations.TryGetValue(language, out var existing) ? existing : empty,
            translation);
        d.Translations = d.Translations.SetItem(language, merged);
        state.Changes.Add(
            $"added '{language}' texts: {translation.Questions.Count} questions, "
            + $"{translation.Topics.Count} topics, {translation.Sections.Count} sections");
    };

    /// <summary>
    /// Merges into <paramref name="first"/>, whose maps are ordinal, whatever comparer the others use.
    /// </summary>
    private static FrameworkTranslation Merge(FrameworkTranslation first, FrameworkTranslation then) => new()
    {
        Questions = first.Questions.SetItems(then.Questions),
        Topics = first.Topics.SetItems(then.Topics),
        Sections = first.Sections.SetItems(then.Sections),
    };

    /// <summary>
    /// The ids of <paramref name="ids"/> the framework has; reports the others, and records the change with
    /// the chosen ids in the framework's order.
    /// </summary>
    private static HashSet<string> Choose(
        TailoringState state,
        ImmutableArray<string> ids,
        IEnumerable<string> existing,
        Target target,
        string change)
    {
        var inOrder = existing.ToList();
        var chosen = state.Known(ids, inOrder, target.Code, target.Pointer, target.Name);
        state.Record(change, inOrder.Where(chosen.Contains));
        return chosen;
    }

    /// <summary>What a selection step chooses among: its name, and how an unknown id is reported.</summary>
    private sealed record Target(string Name, string Code, string Pointer);
}
