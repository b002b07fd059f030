using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TipAssessment.Framework;

/// <summary>
/// Drops the linkages, red flags and translations that point at elements tailoring removed.
/// </summary>
internal static class TailoringLinks
{
    public static void Tidy(TailoringState state)
    {
        var d = state.Draft;
        var questions = new HashSet<string>(d.Questions.Select(q => q.Id), StringComparer.Ordinal);
        TidyLinkages(state, questions);
        var flags = d.RedFlags.Where(r => !questions.Contains(r.Question)).Select(r => r.Id).ToList();
        d.RedFlags = d.RedFlags.Where(r => questions.Contains(r.Question)).ToImmutableArray();
        state.Record("dropped red flags on removed questions", flags);
        TidyTranslations(state, questions);
    }

    private static void TidyLinkages(TailoringState state, HashSet<string> questions)
    {
        var d = state.Draft;
        var kept = ImmutableArray.CreateBuilder<Linkage>();
        foreach (var linkage in d.Linkages)
        {
            var practice = linkage.PracticeQuestions.Where(questions.Contains).ToImmutableArray();
            if (!questions.Contains(linkage.LegalQuestion))
            {
                state.Changes.Add($"dropped linkage {linkage.Id}: its legal question {linkage.LegalQuestion} "
                    + "was removed");
            }
            else if (practice.IsEmpty)
            {
                state.Changes.Add($"dropped linkage {linkage.Id}: all its practice questions were removed");
            }
            else
            {
                state.Record(
                    $"linkage {linkage.Id} lost removed practice questions",
                    linkage.PracticeQuestions.Where(q => !questions.Contains(q)));
                kept.Add(linkage with { PracticeQuestions = practice });
            }
        }

        d.Linkages = kept.ToImmutable();
    }

    /// <summary>
    /// Drops the texts of elements that existed and were removed; texts for ids that never existed stay, so
    /// that the validator reports them (they are usually typos).
    /// </summary>
    private static void TidyTranslations(TailoringState state, HashSet<string> questions)
    {
        var d = state.Draft;
        var removedQuestions = Removed(
            state.Base.Questions.Select(q => q.Id).Concat(state.AddedQuestions),
            questions);
        var removedTopics = Removed(
            state.Base.Sections.SelectMany(s => s.Topics).Select(t => t.Id), state.Topics.Select(t => t.Id));
        var removedSections = Removed(state.Base.Sections.Select(s => s.Id), d.Sections.Select(s => s.Id));
        var builder = d.Translations.ToBuilder();
        foreach (var language in d.Translations)
        {
            var t = language.Value;
            var tidy = new FrameworkTranslation
            {
                Questions = t.Questions.RemoveRange(removedQuestions),
                Topics = t.Topics.RemoveRange(removedTopics),
                Sections = t.Sections.RemoveRange(removedSections),
            };
            var dropped = Count(t) - Count(tidy);
            if (dropped > 0)
            {
                state.Changes.Add($"dropped {dropped} '{language.Key}' texts of removed elements");
                builder[language.Key] = tidy;
            }
        }

        d.Translations = builder.ToImmutable();
    }

    private static int Count(FrameworkTranslation t) => t.Questions.Count + t.Topics.Count + t.Sections.Count;

    private static HashSet<string> Removed(IEnumerable<string> before, IEnumerable<string> after)
    {
        var removed = new HashSet<string>(before, StringComparer.Ordinal);
        removed.ExceptWith(after);
        return removed;
    }
}
