using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Problems;
using TipAssessment.Serialization;

namespace TipAssessment.Framework;

/// <summary>
/// The state of one validation: the framework, the ids known per kind, and the problems found.
/// </summary>
internal sealed class FrameworkValidationRun
{
    public FrameworkValidationRun(AssessmentFramework framework)
    {
        Framework = framework;
        Pillars = IdsOf(framework.Pillars, p => p.Id);
        Areas = IdsOf(framework.Areas, a => a.Id);
        PerspectiveGroups = IdsOf(framework.PerspectiveGroups, g => g.Id);
        InformantTypes = IdsOf(framework.InformantTypes, t => t.Id);
        DeskSources = IdsOf(framework.DeskSources, s => s.Id);
        Instruments = IdsOf(framework.Instruments, i => i.Id);
        Drivers = IdsOf(framework.Drivers, d => d.Id);
        Sections = IdsOf(framework.Sections, s => s.Id);
        Topics = IdsOf(
            framework.Sections.OrEmpty().SelectMany(s => s.Topics.OrEmpty()).ToImmutableArray(),
            t => t.Id);
        Questions = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var question in framework.Questions.OrEmpty().Where(q => q.Id is not null))
        {
            Questions[question.Id] = Questions.TryGetValue(question.Id, out var first) ? first : question;
        }

        QuestionIds = new HashSet<string>(Questions.Keys, StringComparer.Ordinal);
    }

    public AssessmentFramework Framework { get; }

    public ImmutableArray<Problem>.Builder Problems { get; } = ImmutableArray.CreateBuilder<Problem>();

    public HashSet<string> Pillars { get; }

    public HashSet<string> Areas { get; }

    public HashSet<string> PerspectiveGroups { get; }

    public HashSet<string> InformantTypes { get; }

    public HashSet<string> DeskSources { get; }

    public HashSet<string> Instruments { get; }

    public HashSet<string> Drivers { get; }

    public HashSet<string> Sections { get; }

    public HashSet<string> Topics { get; }

    /// <summary>
    /// The questions by id; the first wins when an id is duplicated (that is reported apart).
    /// </summary>
    public Dictionary<string, Question> Questions { get; }

    public HashSet<string> QuestionIds { get; }

    /// <summary>Whether <paramref name="level"/> is one of the rating scale's levels.</summary>
    public bool IsLevel(int level)
    {
        var levels = Framework.RatingScale?.Levels.OrEmpty() ?? ImmutableArray<RatingLevel>.Empty;
        return levels.Any(l => l.Level == level);
    }

    public void Error(string code, string pointer, string message) =>
        Problems.Add(Problem.Error(code, pointer, message));

    /// <summary>
    /// Reports every element whose id an earlier element of the same collection already has.
    /// </summary>
    public void CheckUniqueIds<T>(ImmutableArray<T> items, Func<T, string> id, string pointer, string kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        CheckUniqueIds(items, id, pointer, kind, seen);
    }

    /// <summary>
    /// As above, with the ids seen so far shared across collections (topics of all sections).
    /// </summary>
    public void CheckUniqueIds<T>(
        ImmutableArray<T> items,
        Func<T, string> id,
        string pointer,
        string kind,
        HashSet<string> seen)
    {
        var list = items.OrEmpty();
        for (var i = 0; i < list.Length; i++)
        {
            var value = id(list[i]);
            if (value is not null && !seen.Add(value))
            {
                Error(
                    ProblemCodes.DuplicateId,
                    JsonPointers.Append(JsonPointers.Append(pointer, i), "id"),
                    $"The {kind} id '{value}' is used twice; give each {kind} an id of its own.");
            }
        }
    }

    /// <summary>Reports <paramref name="id"/> when it is not among <paramref name="known"/>.</summary>
    public void CheckReference(string? id, HashSet<string> known, string code, string pointer, string kind)
    {
        if (id is null || !known.Contains(id))
        {
            Error(code, pointer, $"There is no {kind} with the id '{id}' in this framework.");
        }
    }

    /// <summary>
    /// Reports every id of <paramref name="ids"/> that is not among <paramref name="known"/>.
    /// </summary>
    public void CheckReferences(
        ImmutableArray<string> ids,
        HashSet<string> known,
        string code,
        string pointer,
        string kind)
    {
        var list = ids.OrEmpty();
        for (var i = 0; i < list.Length; i++)
        {
            CheckReference(list[i], known, code, JsonPointers.Append(pointer, i), kind);
        }
    }

    /// <summary>
    /// Reports a question id that is unknown, or known but descriptive (so it cannot be compared).
    /// </summary>
    public void CheckScoredQuestion(string? id, string pointer, string use)
    {
        if (id is null || !Questions.TryGetValue(id, out var question))
        {
            Error(
                ProblemCodes.UnknownQuestion,
                pointer,
                $"There is no question with the id '{id}' in this framework.");
        }
        else if (!question.IsScored)
        {
            Error(
                ProblemCodes.QuestionNotScored,
                pointer,
                $"The question '{id}' is descriptive, so it cannot be {use}; use a scored question.");
        }
    }

    private static HashSet<string> IdsOf<T>(ImmutableArray<T> items, Func<T, string> id) =>
        new(items.OrEmpty().Select(id).Where(i => i is not null), StringComparer.Ordinal);
}
