using System;
using System.Collections.Generic;
using System.Linq;
using TipAssessment.Problems;
using TipAssessment.Serialization;

namespace TipAssessment.Framework;

/// <summary>Rules on the checklist: sections, topics, placements and the questions themselves.</summary>
internal static class FrameworkChecklistRules
{
    public static void CheckSections(FrameworkValidationRun run)
    {
        var sections = run.Framework.Sections.OrEmpty();
        if (sections.IsEmpty)
        {
            run.Error(
                ProblemCodes.EmptyContainer,
                "/sections",
                "The framework has no sections; keep at least one.");
        }

        run.CheckUniqueIds(sections, s => s.Id, "/sections", "section");
        var topicIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Length; i++)
        {
            var pointer = JsonPointers.Append("/sections", i);
            var pillar = JsonPointers.Append(pointer, "pillar");
            run.CheckReference(sections[i].Pillar, run.Pillars, ProblemCodes.UnknownPillar, pillar, "pillar");
            var topics = JsonPointers.Append(pointer, "topics");
            if (sections[i].Topics.OrEmpty().IsEmpty)
            {
                run.Error(
                    ProblemCodes.EmptyContainer,
                    topics,
                    $"The section '{sections[i].Id}' has no topics.");
            }

            run.CheckUniqueIds(sections[i].Topics, t => t.Id, topics, "topic", topicIds);
            CheckTopics(run, sections[i], topics);
        }
    }

    public static void CheckQuestions(FrameworkValidationRun run)
    {
        var questions = run.Framework.Questions.OrEmpty();
        run.CheckUniqueIds(questions, q => q.Id, "/questions", "question");
        var placed = new HashSet<string>(
            run.Framework.Sections.OrEmpty()
                .SelectMany(s => s.Topics.OrEmpty())
                .SelectMany(t => t.Questions.OrEmpty()),
            StringComparer.Ordinal);
        for (var i = 0; i < questions.Length; i++)
        {
            var pointer = JsonPointers.Append("/questions", i);
            if (!placed.Contains(questions[i].Id))
            {
                run.Error(
                    ProblemCodes.UnplacedQuestion,
                    pointer,
                    $"The question '{questions[i].Id}' is placed in no topic; add it to a topic or remove "
                        + "it.");
            }

            CheckQuestion(run, questions[i], pointer);
        }
    }

    private static void CheckTopics(FrameworkValidationRun run, Section section, string pointer)
    {
        var topics = section.Topics.OrEmpty();
        for (var j = 0; j < topics.Length; j++)
        {
            var questions = JsonPointers.Append(JsonPointers.Append(pointer, j), "questions");
            var ids = topics[j].Questions.OrEmpty();
            if (ids.IsEmpty)
            {
                run.Error(
                    ProblemCodes.EmptyContainer,
                    questions,
                    $"The topic '{topics[j].Id}' has no questions.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < ids.Length; k++)
            {
                var item = JsonPointers.Append(questions, k);
                run.CheckReference(ids[k], run.QuestionIds, ProblemCodes.UnknownQuestion, item, "question");
                if (ids[k] is not null && !seen.Add(ids[k]))
                {
                    run.Error(
                        ProblemCodes.DuplicatePlacement,
                        item,
                        $"The question '{ids[k]}' is placed twice in the topic '{topics[j].Id}'; remove "
                            + "one.");
                }
            }
        }
    }

    private static void CheckQuestion(FrameworkValidationRun run, Question question, string pointer)
    {
        CheckIdForm(run, question, JsonPointers.Append(pointer, "id"));
        var types = JsonPointers.Append(pointer, "informantTypes");
        var code = ProblemCodes.UnknownInformantType;
        run.CheckReferences(question.InformantTypes, run.InformantTypes, code, types, "informant type");
        CheckVictimSafety(run, question, types);
        var sources = JsonPointers.Append(pointer, "deskSources");
        run.CheckReferences(
            question.DeskSources,
            run.DeskSources,
            ProblemCodes.UnknownDeskSource,
            sources,
            "desk source");
        var standards = question.Standards.OrEmpty();
        for (var i = 0; i < standards.Length; i++)
        {
            var instrument = JsonPointers.Append(
                JsonPointers.Append(JsonPointers.Append(pointer, "standards"), i),
                "instrument");
            var id = standards[i].Instrument;
            run.CheckReference(id, run.Instruments, ProblemCodes.UnknownInstrument, instrument, "instrument");
        }

        CheckDesiredState(run, question, pointer);
        var drivers = JsonPointers.Append(pointer, "drivers");
        run.CheckReferences(question.Drivers, run.Drivers, ProblemCodes.UnknownDriver, drivers, "driver");
    }

    private static void CheckIdForm(FrameworkValidationRun run, Question question, string pointer)
    {
        if (question.Id is null)
        {
            return;
        }

        if (question.Origin == QuestionOrigin.Local && !LocalQuestionId.IsLocal(question.Id))
        {
            run.Error(
                ProblemCodes.IdNamespace,
                pointer,
                $"The local question '{question.Id}' needs an id of the form namespace:name, such as "
                    + "'np:brick-kilns'.");
        }
        else if (question.Origin == QuestionOrigin.Standard && LocalQuestionId.IsNamespaced(question.Id))
        {
            run.Error(
                ProblemCodes.IdNamespace,
                pointer,
                $"The standard question '{question.Id}' has a namespaced id; only local questions may have "
                    + "one.");
        }
    }

    private static void CheckVictimSafety(FrameworkValidationRun run, Question question, string pointer)
    {
        var types = question.InformantTypes.OrEmpty();
        for (var i = 0; i < types.Length; i++)
        {
            if (!question.VictimSafe && types[i] == WellKnownIds.VictimInformantType)
            {
                run.Error(
                    ProblemCodes.UnsafeQuestionAimedAtVictims,
                    JsonPointers.Append(pointer, i),
                    $"The question '{question.Id}' is not safe to put to victims, yet lists them among "
                    + "whom to ask; remove 'victim' or, if the question is safe, mark it so.");
            }
        }
    }

    private static void CheckDesiredState(FrameworkValidationRun run, Question question, string pointer)
    {
        var desired = JsonPointers.Append(pointer, "desiredState");
        if (question.IsScored && question.DesiredState is null)
        {
            run.Error(
                ProblemCodes.MissingDesiredState,
                pointer,
                $"The scored question '{question.Id}' has no desired state; add one with its target level.");
        }
        else if (!question.IsScored && question.DesiredState is not null)
        {
            run.Error(
                ProblemCodes.UnexpectedDesiredState,
                desired,
                $"The descriptive question '{question.Id}' has a desired state; descriptive questions are "
                    + "not scored.");
        }
        else if (question.DesiredState is { } state && !run.IsLevel(state.TargetLevel))
        {
            run.Error(
                ProblemCodes.LevelOffScale,
                JsonPointers.Append(desired, "targetLevel"),
                $"The target level {state.TargetLevel} of '{question.Id}' is not on the rating scale.");
        }
    }
}
