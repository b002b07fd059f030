using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using TipAssessment.Problems;
using TipAssessment.Serialization;

namespace TipAssessment.Framework;

/// <summary>
/// The framework schema's rules on what tailoring can set (its id and version, local questions, translated
/// texts), checked on the built framework so that whatever <see cref="FrameworkTailoring.Build"/> accepts
/// exports and imports again through <see cref="FrameworkJson"/>. Pointers are into the built framework.
/// </summary>
internal static class TailoringSchemaRules
{
    // The schema's kebab-case id and semantic version patterns.
    private static readonly Regex KebabId =
        new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private static readonly Regex SemanticVersion = new(
        @"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$",
        RegexOptions.CultureInvariant);

    public static ImmutableArray<Problem> Check(AssessmentFramework framework)
    {
        var problems = ImmutableArray.CreateBuilder<Problem>();
        void Error(string pointer, string message) =>
            problems.Add(Problem.Error(ProblemCodes.InvalidTailoring, pointer, message));

        if (!KebabId.IsMatch(framework.Id))
        {
            Error("/id", $"The framework id '{Texts.Shorten(framework.Id)}' is not a lower-case, hyphenated "
                + "id; give WithId an id such as 'np-ngo-district'.");
        }

        if (!SemanticVersion.IsMatch(framework.Version))
        {
            Error("/version", $"The version '{Texts.Shorten(framework.Version)}' is not a semantic version; "
                + "give WithVersion a version such as '1.2.0'.");
        }

        for (var i = 0; i < framework.Questions.Length; i++)
        {
            if (framework.Questions[i].Origin == QuestionOrigin.Local)
            {
                CheckQuestion(framework.Questions[i], JsonPointers.Append("/questions", i), Error);
            }
        }

        foreach (var language in framework.Translations)
        {
            var pointer = JsonPointers.Append("/translations", language.Key);
            CheckTexts(language.Value.Questions, JsonPointers.Append(pointer, "questions"), Error);
            CheckTexts(language.Value.Topics, JsonPointers.Append(pointer, "topics"), Error);
            CheckTexts(language.Value.Sections, JsonPointers.Append(pointer, "sections"), Error);
        }

        return problems.ToImmutable();
    }

    private static void CheckQuestion(Question q, string at, Action<string, string> error)
    {
        var who = $"The local question '{q.Id}'";
        Text(q.Text, "text", required: true);
        Text(q.RepairNote, "repairNote", required: false);
        Text(q.ResearchModeReason, "researchModeReason", required: false);
        Text(q.MeasureReason, "measureReason", required: false);
        Text(q.VictimSafetyNote, "victimSafetyNote", required: false);
        if (!Enum.IsDefined(typeof(ResearchMode), q.ResearchMode))
        {
            error(JsonPointers.Append(at, "researchMode"), $"{who} has no research mode the schema knows; "
                + "set desk, field or desk-and-field.");
        }

        if (!Enum.IsDefined(typeof(QuestionMeasure), q.Measure))
        {
            error(JsonPointers.Append(at, "measure"), $"{who} has no measure the schema knows; "
                + "set scored or descriptive.");
        }

        Unique(q.InformantTypes, "informantTypes", "informant type");
        Unique(q.DeskSources, "deskSources", "desk source");
        Unique(q.Drivers, "drivers", "driver");
        var standards = q.Standards.IsDefault ? ImmutableArray<StandardReference>.Empty : q.Standards;
        for (var i = 0; i < standards.Length; i++)
        {
            var pointer = JsonPointers.Append(JsonPointers.Append(at, "standards"), i);
            if (standards[i] is null)
            {
                error(pointer, $"{who} lists a standard that is null; remove it.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(standards[i].Provision))
            {
                error(JsonPointers.Append(pointer, "provision"), $"{who} cites a standard with no provision; "
                    + "name the provision, such as 'Art. 6(3)'.");
            }

            Note(standards[i].Note, JsonPointers.Append(pointer, "note"), "a standard's note");
        }

        if (q.DesiredState is { } desired && string.IsNullOrWhiteSpace(desired.Statement))
        {
            error(
                JsonPointers.Append(JsonPointers.Append(at, "desiredState"), "statement"),
                $"{who} has a desired state with no statement; say what good looks like, or set no desired "
                    + "state.");
        }

        void Text(string? value, string member, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                error(JsonPointers.Append(at, member), $"{who} has no {member}; give it text in the "
                    + "framework's default language.");
            }
            else if (!required)
            {
                Note(value, JsonPointers.Append(at, member), "its " + member);
            }
        }

        void Note(string? value, string pointer, string what)
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                error(pointer, $"{who} has {what} set to blank text; give text, or leave it null.");
            }
        }

        void Unique(ImmutableArray<string> ids, string member, string kind)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = ids.IsDefault ? ImmutableArray<string>.Empty : ids;
            for (var i = 0; i < list.Length; i++)
            {
                var pointer = JsonPointers.Append(JsonPointers.Append(at, member), i);
                if (list[i] is null)
                {
                    error(pointer, $"{who} lists a null {kind}; remove it.");
                }
                else if (!seen.Add(list[i]))
                {
                    error(pointer, $"{who} lists the {kind} '{Texts.Shorten(list[i])}' twice; list it once.");
                }
            }
        }
    }

    private static void CheckTexts(
        ImmutableSortedDictionary<string, string> texts,
        string at,
        Action<string, string> error)
    {
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text.Value))
            {
                error(JsonPointers.Append(at, text.Key), $"The translation of '{Texts.Shorten(text.Key)}' is "
                    + "empty; give the translated text, or leave the entry out to fall back to the default "
                    + "language.");
            }
        }
    }
}
