using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;

namespace TipAssessment.Reports;

/// <summary>
/// The interview guide for one informant type: only the questions that type can answer, and for victims only
/// the questions safe to put to them, with the do-no-harm reminders an interviewer needs (consent, the right
/// to stop, pseudonymous codes, and for victims: nothing about their own exploitation).
/// </summary>
/// <remarks>
/// Questions come in framework placement order, each once (at its first placement). Deterministic and
/// thread-safe.
/// </remarks>
public static class InterviewGuide
{
    /// <summary>The <c>kind</c> of the guide's JSON document.</summary>
    public const string Kind = "tipassessment.interview-guide";

    /// <summary>
    /// The questions an informant type may be asked: those whose informant types list it and, for the
    /// victims'
    /// type (<see cref="WellKnownIds.VictimInformantType"/>), only those marked safe for victims.
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <param name="informantType">The informant type's id.</param>
    /// <returns>The questions in placement order, each once; empty when the type answers none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="informantType"/> is not one of the framework's
    /// types.</exception>
    public static ImmutableArray<Question> QuestionsFor(AssessmentFramework framework, string informantType)
    {
        RequireType(framework, informantType);
        var victim = informantType == WellKnownIds.VictimInformantType;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return framework.Placements.Select(p => p.Question)
            .Where(q => q.InformantTypes.Contains(informantType, StringComparer.Ordinal))
            .Where(q => !victim || q.VictimSafe)
            .Where(q => seen.Add(q.Id))
            .ToImmutableArray();
    }

    /// <summary>The do-no-harm reminders for interviewing an informant type; victims get more of
    /// them.</summary>
    /// <param name="informantType">The informant type's id.</param>
    /// <returns>The reminders, in the order to read them; never empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="informantType"/> is null.</exception>
    public static ImmutableArray<string> Reminders(string informantType)
    {
        Guard.NotNull(informantType, nameof(informantType));
        return informantType == WellKnownIds.VictimInformantType
            ? GuideTexts.Common.AddRange(GuideTexts.ForVictims)
            : GuideTexts.Common;
    }

    /// <summary>Writes the guide as Markdown.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="informantType">The informant type's id.</param>
    /// <param name="assessment">An assessment whose informants of this type the guide lists; <see
    /// langword="null"/> for none.</param>
    /// <param name="options">The language of questions, topics and sections; <see langword="null"/> for the
    /// default.</param>
    /// <returns>The Markdown text, LF line ends and a final LF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref
    /// name="informantType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="informantType"/> is not one of the framework's
    /// types, or <paramref name="assessment"/> is malformed: an array member is a default <see
    /// cref="ImmutableArray{T}"/>, or an element or a required member is null (the message names
    /// it).</exception>
    public static string Markdown(
        AssessmentFramework framework,
        string informantType,
        Assessment? assessment,
        ReportOptions? options)
    {
        var guide = GuideModel.Build(framework, informantType, assessment, options);
        return MarkdownWriter.Write(guide.Blocks());
    }

    /// <summary>Writes the guide as a JSON document (<c>"kind":
    /// "tipassessment.interview-guide"</c>).</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="informantType">The informant type's id.</param>
    /// <param name="assessment">An assessment whose informants of this type the guide lists; <see
    /// langword="null"/> for none.</param>
    /// <param name="options">The language of questions, topics and sections; <see langword="null"/> for the
    /// default.</param>
    /// <returns>Indented JSON, UTF-8 text without escapes for non-ASCII, LF line ends and a final
    /// LF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref
    /// name="informantType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="informantType"/> is not one of the framework's
    /// types, or <paramref name="assessment"/> is malformed: an array member is a default <see
    /// cref="ImmutableArray{T}"/>, or an element or a required member is null (the message names
    /// it).</exception>
    public static string Json(
        AssessmentFramework framework,
        string informantType,
        Assessment? assessment,
        ReportOptions? options)
    {
        var guide = GuideModel.Build(framework, informantType, assessment, options);
        return GuideJson.Write(guide);
    }

    internal static InformantType RequireType(AssessmentFramework framework, string informantType)
    {
        Guard.NotNull(framework, nameof(framework));
        Guard.NotNull(informantType, nameof(informantType));
        return framework.FindInformantType(informantType) ?? throw new ArgumentException(
            $"'{informantType}' is not an informant type of framework {framework.Id}; it has: " +
            string.Join(", ", framework.InformantTypes.Select(t => t.Id)) + ".",
            nameof(informantType));
    }
}
