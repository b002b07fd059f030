using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TipAssessment.Problems;
using TipAssessment.Serialization;

namespace TipAssessment.Framework;

/// <summary>
/// Rules on what links questions together or to other texts: linkages, red flags, translations.
/// </summary>
internal static class FrameworkLinkRules
{
    public static void CheckLinkages(FrameworkValidationRun run)
    {
        var linkages = run.Framework.Linkages.OrEmpty();
        run.CheckUniqueIds(linkages, l => l.Id, "/linkages", "linkage");
        for (var i = 0; i < linkages.Length; i++)
        {
            var pointer = JsonPointers.Append("/linkages", i);
            var legal = JsonPointers.Append(pointer, "legalQuestion");
            run.CheckScoredQuestion(linkages[i].LegalQuestion, legal, "a legal criterion");
            var practice = linkages[i].PracticeQuestions.OrEmpty();
            var practicePointer = JsonPointers.Append(pointer, "practiceQuestions");
            if (practice.IsEmpty)
            {
                run.Error(
                    ProblemCodes.NothingLinked,
                    practicePointer,
                    $"The linkage '{linkages[i].Id}' has no practice question; list the questions that test "
                        + "it.");
            }

            for (var j = 0; j < practice.Length; j++)
            {
                run.CheckScoredQuestion(
                    practice[j],
                    JsonPointers.Append(practicePointer, j),
                    "a practice test");
            }
        }
    }

    public static void CheckRedFlags(FrameworkValidationRun run)
    {
        var flags = run.Framework.RedFlags.OrEmpty();
        run.CheckUniqueIds(flags, r => r.Id, "/redFlags", "red flag");
        for (var i = 0; i < flags.Length; i++)
        {
            var pointer = JsonPointers.Append("/redFlags", i);
            run.CheckScoredQuestion(
                flags[i].Question,
                JsonPointers.Append(pointer, "question"),
                "a red flag");
            if (!run.IsLevel(flags[i].AtOrBelowLevel))
            {
                run.Error(
                    ProblemCodes.LevelOffScale,
                    JsonPointers.Append(pointer, "atOrBelowLevel"),
                    $"The red flag '{flags[i].Id}' fires at level {flags[i].AtOrBelowLevel}, which is not on "
                        + "the scale.");
            }

            CheckOneOf(
                run,
                flags[i].CapsBand,
                WellKnownIds.Bands,
                JsonPointers.Append(pointer, "capsBand"),
                "band");
            CheckOneOf(
                run,
                flags[i].Scope,
                WellKnownIds.RedFlagScopes,
                JsonPointers.Append(pointer, "scope"),
                "scope");
        }
    }

    public static void CheckTranslations(FrameworkValidationRun run)
    {
        foreach (var language in run.Framework.Translations)
        {
            var pointer = JsonPointers.Append("/translations", language.Key);
            var isDefault = string.Equals(
                language.Key, run.Framework.DefaultLanguage, StringComparison.OrdinalIgnoreCase);
            if (isDefault)
            {
                run.Error(
                    ProblemCodes.TranslationOfDefaultLanguage,
                    pointer,
                    $"'{language.Key}' is the framework's default language; its text belongs on the elements "
                        + "themselves.");
            }

            var value = language.Value;
            CheckKeys(run, value.Sections, run.Sections, ProblemCodes.UnknownSection, pointer, "sections");
            CheckKeys(run, value.Topics, run.Topics, ProblemCodes.UnknownTopic, pointer, "topics");
            CheckKeys(
                run,
                value.Questions,
                run.QuestionIds,
                ProblemCodes.UnknownQuestion,
                pointer,
                "questions");
        }
    }

    private static void CheckKeys(
        FrameworkValidationRun run,
        ImmutableSortedDictionary<string, string> texts,
        HashSet<string> known,
        string code,
        string pointer,
        string member)
    {
        var kind = member.Substring(0, member.Length - 1);
        foreach (var text in texts)
        {
            var at = JsonPointers.Append(JsonPointers.Append(pointer, member), text.Key);
            run.CheckReference(text.Key, known, code, at, kind);
        }
    }

    private static void CheckOneOf(
        FrameworkValidationRun run,
        string value,
        ImmutableArray<string> allowed,
        string pointer,
        string kind)
    {
        if (allowed.IndexOf(value, StringComparer.Ordinal) < 0)
        {
            run.Error(
                ProblemCodes.UnknownBand,
                pointer,
                $"'{value}' is not a {kind} the scoring engine knows; use one of: "
                    + string.Join(", ", allowed) + ".");
        }
    }
}
