using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Problems;

namespace TipAssessment.Framework;

/// <summary>
/// Tailors a framework without forking it: keep some sections, topics or questions, remove questions, add
/// local questions under a namespace, add translations, and give the result its own id and version. The
/// result records what it was derived from and every change, one line each.
/// </summary>
/// <remarks>
/// <para>
/// The builder is immutable: every method returns a new builder and leaves this one as it was, so a
/// builder can be shared between threads and branched. Nothing is checked until <see cref="Build"/>, which
/// applies the steps in the order they were added.
/// </para>
/// <para>
/// After the steps, <see cref="Build"/> tidies the result by one rule, so that the same steps always give
/// the same framework: a topic with no question left is dropped, then a section with no topic left; a
/// question no longer placed anywhere is dropped; a linkage loses the practice questions that were dropped
/// and is dropped itself when its legal question or every practice question is gone; a red flag on a dropped
/// question is dropped; translations of dropped elements are dropped. The order of what remains is the base
/// framework's, local questions standing where they were added; each such consequence is recorded.
/// </para>
/// </remarks>
public sealed class FrameworkTailoring
{
    private readonly ImmutableList<Action<TailoringState>> _steps;
    private readonly string? _id;
    private readonly string? _version;
    private readonly string? _title;

    private FrameworkTailoring(
        AssessmentFramework baseFramework,
        ImmutableList<Action<TailoringState>> steps,
        string? id,
        string? version,
        string? title)
    {
        Base = baseFramework;
        _steps = steps;
        _id = id;
        _version = version;
        _title = title;
    }

    /// <summary>The framework being tailored.</summary>
    public AssessmentFramework Base { get; }

    /// <summary>Starts tailoring <paramref name="baseFramework"/>.</summary>
    /// <param name="baseFramework">The framework to tailor, usually <c>StandardFramework.Load()</c>.</param>
    /// <returns>A builder with no steps yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseFramework"/> is null.</exception>
    public static FrameworkTailoring From(AssessmentFramework baseFramework) =>
        new(
            Guard.NotNull(baseFramework, nameof(baseFramework)),
            ImmutableList<Action<TailoringState>>.Empty,
            null,
            null,
            null);

    /// <summary>
    /// Keeps only the sections with these ids (in the framework's order, whatever the order given).
    /// </summary>
    /// <param name="sectionIds">
    /// Ids of sections; an id the framework lacks is reported by <see cref="Build"/>.
    /// </param>
    /// <returns>A new builder with the step added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sectionIds"/> is null.</exception>
    public FrameworkTailoring KeepSections(IEnumerable<string> sectionIds) =>
        Add(TailoringSteps.KeepSections(Ids(sectionIds, nameof(sectionIds))));

    /// <summary>
    /// Keeps only the topics with these ids, in any section; sections left empty are dropped.
    /// </summary>
    /// <param name="topicIds">
    /// Ids of topics; an id the framework lacks is reported by <see cref="Build"/>.
    /// </param>
    /// <returns>A new builder with the step added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topicIds"/> is null.</exception>
    public FrameworkTailoring KeepTopics(IEnumerable<string> topicIds) =>
        Add(TailoringSteps.KeepTopics(Ids(topicIds, nameof(topicIds))));

    /// <summary>Keeps only the questions with these ids, wherever they are placed.</summary>
    /// <param name="questionIds">
    /// Ids of questions; an id the framework lacks is reported by <see cref="Build"/>.
    /// </param>
    /// <returns>A new builder with the step added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="questionIds"/> is null.</exception>
    public FrameworkTailoring KeepQuestions(IEnumerable<string> questionIds) =>
        Add(TailoringSteps.KeepQuestions(Ids(questionIds, nameof(questionIds))));

    /// <summary>Removes the questions with these ids from every topic they are placed in.</summary>
    /// <param name="questionIds">
    /// Ids of questions; an id the framework lacks is reported by <see cref="Build"/>.
    /// </param>
    /// <returns>A new builder with the step added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="questionIds"/> is null.</exception>
    public FrameworkTailoring RemoveQuestions(IEnumerable<string> questionIds) =>
        Add(TailoringSteps.RemoveQuestions(Ids(questionIds, nameof(questionIds))));

    /// <summary>
    /// Adds a local question with the id <c>namespace:name</c> at the end of a topic. Standard ids never
    /// contain a colon, so the id cannot collide with a standard question, now or in later versions.
    /// </summary>
    /// <param name="namespace">
    /// The organisation's namespace: a lower-case letter, then lower-case letters, digits or hyphens, such as
    /// <c>np-ngo</c>.
    /// </param>
    /// <param name="name">The question's name: lower-case words joined by hyphens or dots.</param>
    /// <param name="topicId">The topic to place it in.</param>
    /// <param name="text">The question, in the framework's default language.</param>
    /// <param name="configure">
    /// Sets the rest (measure, desired state, informant types, victim safety, standards...) on a question
    /// that starts descriptive, in its section's research mode, not safe for victims, asked of no one. Its id
    /// and origin are always set by the builder.
    /// </param>
    /// <returns>
    /// A new builder with the step added; a malformed or taken id, a blank text, or anything else on the
    /// question that the framework schema refuses is reported by <see cref="Build"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="namespace"/>, <paramref name="name"/>, <paramref name="topicId"/> or
    /// <paramref name="text"/> is null.
    /// </exception>
    public FrameworkTailoring AddLocalQuestion(
        string @namespace,
        string name,
        string topicId,
        string text,
        Func<Question, Question>? configure = null)
    {
        var step = new LocalQuestionStep(
            Guard.NotNull(@namespace, nameof(@namespace)),
            Guard.NotNull(name, nameof(name)),
            Guard.NotNull(topicId, nameof(topicId)),
            Guard.NotNull(text, nameof(text)),
            configure);
        return Add(step.Apply);
    }

    /// <summary>
    /// Adds texts in another language; entries given again for the same element replace earlier ones.
    /// </summary>
    /// <param name="language">A BCP 47 language tag such as <c>fr</c> or <c>ne-NP</c>.</param>
    /// <param name="translation">Question texts, topic titles and section titles by id.</param>
    /// <returns>
    /// A new builder with the step added; keys the framework lacks are reported by <see cref="Build"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="translation"/> has a null <see cref="FrameworkTranslation.Questions"/>,
    /// <see cref="FrameworkTranslation.Topics"/> or <see cref="FrameworkTranslation.Sections"/>: a caller's
    /// mistake, not a bad step, so it is thrown here rather than reported by <see cref="Build"/>. Empty texts
    /// and unknown keys are reported by <see cref="Build"/>.
    /// </exception>
    public FrameworkTailoring AddTranslation(string language, FrameworkTranslation translation) =>
        Add(TailoringSteps.AddTranslation(
            Guard.NotNull(language, nameof(language)),
            Complete(Guard.NotNull(translation, nameof(translation)))));

    /// <summary>
    /// Sets the tailored framework's id; by default it is the base id followed by <c>-tailored</c>.
    /// </summary>
    /// <param name="id">The new id.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    public FrameworkTailoring WithId(string id) =>
        new(Base, _steps, Guard.NotNullOrEmpty(id, nameof(id)), _version, _title);

    /// <summary>Sets the tailored framework's version; by default it is the base version.</summary>
    /// <param name="version">The new version.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="version"/> is null or empty.</exception>
    public FrameworkTailoring WithVersion(string version) =>
        new(Base, _steps, _id, Guard.NotNullOrEmpty(version, nameof(version)), _title);

    /// <summary>Sets the tailored framework's title; by default it is the base title.</summary>
    /// <param name="title">The new title.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null or empty.</exception>
    public FrameworkTailoring WithTitle(string title) =>
        new(Base, _steps, _id, _version, Guard.NotNullOrEmpty(title, nameof(title)));

    /// <summary>Applies the steps in order, tidies the result and validates it.</summary>
    /// <returns>
    /// The tailored framework, with <see cref="AssessmentFramework.DerivedFrom"/> naming the base framework
    /// and listing every change; or, when a step cannot be applied, the result breaks a rule of
    /// <see cref="FrameworkValidator"/> or a step set something the framework schema refuses (such as an
    /// empty question text), every problem and no framework. A framework it returns always exports and
    /// imports again through <c>FrameworkJson</c>. Never throws for a bad step.
    /// </returns>
    public ImportResult<AssessmentFramework> Build()
    {
        var state = new TailoringState(Base);
        foreach (var step in _steps)
        {
            step(state);
        }

        state.Tidy();
        var d = state.Draft;
        d.Id = _id ?? Base.Id + "-tailored";
        d.Version = _version ?? Base.Version;
        d.Title = _title ?? Base.Title;
        d.DerivedFrom = new FrameworkDerivation
        {
            FrameworkId = Base.Id,
            Version = Base.Version,
            Changes = state.Changes.ToImmutable(),
        };
        var result = d.Build();
        var problems = state.Problems.ToImmutable().AddRange(TailoringSchemaRules.Check(result));
        return ImportResult<AssessmentFramework>.From(
            result, problems.AddRange(FrameworkValidator.Validate(result)));
    }

    private static ImmutableArray<string> Ids(IEnumerable<string> ids, string name)
    {
        var list = Guard.NotNull(ids, name).ToImmutableArray();
        return list.Contains(null!)
            ? throw new ArgumentException("The ids must not contain null.", name)
            : list;
    }

    private static FrameworkTranslation Complete(FrameworkTranslation translation)
    {
        var missing = translation.Questions is null ? nameof(translation.Questions)
            : translation.Topics is null ? nameof(translation.Topics)
            : translation.Sections is null ? nameof(translation.Sections)
            : null;
        return missing is null
            ? translation
            : throw new ArgumentException(
                $"The translation's {missing} is null; give an empty map for a language with no such texts.",
                nameof(translation));
    }

    private FrameworkTailoring Add(Action<TailoringState> step) =>
        new(Base, _steps.Add(step), _id, _version, _title);
}
