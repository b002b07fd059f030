using System.Collections.Immutable;
using TipAssessment.Problems;

namespace TipAssessment.Framework;

/// <summary>
/// The semantic rules of a framework, checked after its JSON Schema: ids unique per kind, every reference
/// resolving, rating levels numbered from 0, a desired state on every scored question and none on a
/// descriptive one, no question unsafe for victims aimed at victims, every question placed, local ids
/// namespaced, linkages and red flags resting on scored questions.
/// </summary>
/// <remarks>
/// The validator never throws for bad data and is safe to call from several threads at once. Each problem
/// carries the JSON Pointer the element would have in the framework's JSON document
/// (for example <c>/questions/12/desiredState</c>), so the same pointers serve a framework read from JSON
/// and one built or tailored in code.
/// </remarks>
public static class FrameworkValidator
{
    /// <summary>Checks every semantic rule of <paramref name="framework"/>.</summary>
    /// <param name="framework">The framework to check.</param>
    /// <returns>
    /// Every problem found, in document order (the member order of the format, then element order);
    /// empty when the framework is valid.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static ImmutableArray<Problem> Validate(AssessmentFramework framework)
    {
        Guard.NotNull(framework, nameof(framework));
        var run = new FrameworkValidationRun(framework);

        FrameworkCatalogueRules.CheckScaleAndPillars(run);
        FrameworkCatalogueRules.CheckInformantsAndSources(run);
        FrameworkChecklistRules.CheckSections(run);
        FrameworkChecklistRules.CheckQuestions(run);
        FrameworkCatalogueRules.CheckDriversAndSolutions(run);
        FrameworkLinkRules.CheckLinkages(run);
        FrameworkLinkRules.CheckRedFlags(run);
        FrameworkLinkRules.CheckTranslations(run);

        return run.Problems.ToImmutable();
    }
}
