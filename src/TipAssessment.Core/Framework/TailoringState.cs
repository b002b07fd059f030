using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Problems;

namespace TipAssessment.Framework;

/// <summary>
/// The framework being tailored, the changes recorded and the problems found, while steps run.
/// </summary>
internal sealed class TailoringState
{
    public TailoringState(AssessmentFramework baseFramework)
    {
        Base = baseFramework;
        Draft = new FrameworkDraft(baseFramework);
    }

    public AssessmentFramework Base { get; }

    public FrameworkDraft Draft { get; }

    /// <summary>
    /// The ids of the local questions added, so that tidying can tell removed from unknown.
    /// </summary>
    public HashSet<string> AddedQuestions { get; } = new(StringComparer.Ordinal);

    public ImmutableArray<string>.Builder Changes { get; } = ImmutableArray.CreateBuilder<string>();

    public ImmutableArray<Problem>.Builder Problems { get; } = ImmutableArray.CreateBuilder<Problem>();

    public IEnumerable<Topic> Topics => Draft.Sections.SelectMany(s => s.Topics);

    public void Error(string code, string pointer, string message) =>
        Problems.Add(Problem.Error(code, pointer, message));

    /// <summary>Reports the ids the framework lacks; returns the set of those it has.</summary>
    public HashSet<string> Known(
        ImmutableArray<string> ids,
        IEnumerable<string> existing,
        string code,
        string pointer,
        string kind)
    {
        var known = new HashSet<string>(existing, StringComparer.Ordinal);
        foreach (var id in ids.Where(i => !known.Contains(i)).Distinct(StringComparer.Ordinal))
        {
            Error(code, pointer, $"Tailoring names the {kind} '{id}', which the framework does not have.");
        }

        return new HashSet<string>(ids.Where(known.Contains), StringComparer.Ordinal);
    }

    /// <summary>Applies <paramref name="change"/> to every topic's question list.</summary>
    public void MapTopicQuestions(Func<ImmutableArray<string>, ImmutableArray<string>> change) =>
        MapTopics(t => t with { Questions = change(t.Questions) });

    /// <summary>Applies <paramref name="change"/> to every topic.</summary>
    public void MapTopics(Func<Topic, Topic> change) =>
        Draft.Sections = Draft.Sections
            .Select(s => s with { Topics = s.Topics.Select(change).ToImmutableArray() })
            .ToImmutableArray();

    /// <summary>
    /// Drops what the steps left empty or dangling, by the rule <see cref="FrameworkTailoring"/> states.
    /// </summary>
    public void Tidy()
    {
        var emptyTopics = Topics.Where(t => t.Questions.IsEmpty).Select(t => t.Id).ToList();
        Draft.Sections = Draft.Sections
            .Select(s => s with { Topics = s.Topics.Where(t => !t.Questions.IsEmpty).ToImmutableArray() })
            .ToImmutableArray();
        Record("dropped topics with no question left", emptyTopics);
        var emptySections = Draft.Sections.Where(s => s.Topics.IsEmpty).Select(s => s.Id).ToList();
        Draft.Sections = Draft.Sections.Where(s => !s.Topics.IsEmpty).ToImmutableArray();
        Record("dropped sections with no topic left", emptySections);
        TidyQuestions();
        TailoringLinks.Tidy(this);
    }

    /// <summary>
    /// Records one change line listing <paramref name="ids"/>; nothing when the list is empty.
    /// </summary>
    public void Record(string what, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        if (list.Count > 0)
        {
            Changes.Add(what + ": " + string.Join(", ", list));
        }
    }

    /// <summary>
    /// Keeps the placed questions, in order of first placement (the model's documented order).
    /// </summary>
    private void TidyQuestions()
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in Topics.SelectMany(t => t.Questions).Where(id => !order.ContainsKey(id)))
        {
            order.Add(id, order.Count);
        }

        Record(
            "dropped questions no longer placed",
            Draft.Questions.Where(q => !order.ContainsKey(q.Id)).Select(q => q.Id));
        Draft.Questions = Draft.Questions
            .Where(q => order.ContainsKey(q.Id))
            .OrderBy(q => order[q.Id])
            .ToImmutableArray();
    }
}
