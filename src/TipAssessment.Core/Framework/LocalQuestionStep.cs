using System;
using System.Linq;
using TipAssessment.Problems;

namespace TipAssessment.Framework;

/// <summary>
/// The tailoring step that adds a local question, <c>namespace:name</c>, at the end of a topic.
/// </summary>
internal sealed class LocalQuestionStep
{
    private readonly string _namespace;
    private readonly string _name;
    private readonly string _topicId;
    private readonly string _text;
    private readonly Func<Question, Question>? _configure;

    public LocalQuestionStep(
        string ns,
        string name,
        string topicId,
        string text,
        Func<Question, Question>? configure)
    {
        _namespace = ns;
        _name = name;
        _topicId = topicId;
        _text = text;
        _configure = configure;
    }

    public void Apply(TailoringState state)
    {
        var id = LocalQuestionId.Create(_namespace, _name);
        var section = state.Draft.Sections.FirstOrDefault(s => s.Topics.Any(t => t.Id == _topicId));
        if (!IsUsable(state, id, section))
        {
            return;
        }

        var question = new Question
        {
            Id = id,
            Text = _text,
            ResearchMode = section!.ResearchMode,
            Measure = QuestionMeasure.Descriptive,
        };
        question = (_configure?.Invoke(question) ?? question) with { Id = id, Origin = QuestionOrigin.Local };
        state.Draft.Questions = state.Draft.Questions.Add(question);
        state.MapTopics(t => t.Id == _topicId ? t with { Questions = t.Questions.Add(id) } : t);
        state.AddedQuestions.Add(id);
        state.Changes.Add($"added local question {id} to topic {_topicId}");
    }

    private bool IsUsable(TailoringState state, string id, Section? section)
    {
        if (!LocalQuestionId.IsValidNamespace(_namespace) || !LocalQuestionId.IsValidName(_name))
        {
            Invalid(
                state,
                $"'{id}' is not a valid local id; use a lower-case namespace and name joined by a colon, "
                + "such as 'np-ngo:brick-kilns'.");
            return false;
        }

        if (state.Draft.Questions.Any(q => q.Id == id))
        {
            Invalid(state, $"The local question id '{id}' is already taken; choose another name.");
            return false;
        }

        if (section is null)
        {
            state.Error(
                ProblemCodes.UnknownTopic,
                "/sections",
                $"The local question '{id}' is to go in the topic '{_topicId}', which the framework does not "
                    + "have.");
            return false;
        }

        return true;
    }

    private static void Invalid(TailoringState state, string message) =>
        state.Error(ProblemCodes.InvalidTailoring, "/questions", message);
}
