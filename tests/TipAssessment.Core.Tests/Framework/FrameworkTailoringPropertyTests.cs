using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TipAssessment.Framework;
using TipAssessment.Problems;
using TipAssessment.Serialization;

namespace TipAssessment.Tests.Framework;

/// <summary>Invariants of tailoring, over random tailorings of the standard framework.</summary>
public class FrameworkTailoringPropertyTests
{
    private static readonly AssessmentFramework Standard = StandardFramework.Load();

    [Property(MaxTest = 150)]
    public Property Build_AnyTailoring_ValidatesWithoutErrors() =>
        Prop.ForAll(TailoringPlan.Arbitrary(), plan =>
        {
            var result = plan.Apply(FrameworkTailoring.From(Standard)).Build();

            var valid = result.Succeeded && result.Errors.IsEmpty;
            return valid.Label(BrokenFrameworks.Describe(result.Problems));
        });

    [Property(MaxTest = 150)]
    public Property Build_AnyTailoring_KeepsTheKeptQuestionsUnchanged() =>
        Prop.ForAll(TailoringPlan.Arbitrary(), plan =>
        {
            var tailored = plan.Apply(FrameworkTailoring.From(Standard)).Build().GetValueOrThrow();
            var standard = tailored.Questions.Where(q => q.Origin == QuestionOrigin.Standard).ToList();

            return standard.Select(q => q.Id).ToHashSet().SetEquals(plan.KeptStandardQuestions)
                && standard.All(q => q.Equals(Standard.FindQuestion(q.Id)));
        });

    [Property(MaxTest = 150)]
    public Property Build_AnyTailoring_NeverProducesCollidingIds() =>
        Prop.ForAll(TailoringPlan.Arbitrary(), plan =>
        {
            var tailored = plan.Apply(FrameworkTailoring.From(Standard)).Build().GetValueOrThrow();
            var ids = tailored.Questions.Select(q => q.Id).ToList();
            var local = tailored.Questions
                .Where(q => q.Origin == QuestionOrigin.Local)
                .Select(q => q.Id)
                .ToList();

            return ids.Distinct(StringComparer.Ordinal).Count() == ids.Count
                && local.Count == plan.LocalQuestions.Length
                && local.All(id => id.Contains(':') && Standard.FindQuestion(id) is null);
        });

    [Property(MaxTest = 150)]
    public Property Build_AnyTailoring_RecordsItsDerivation() =>
        Prop.ForAll(TailoringPlan.Arbitrary(), plan =>
        {
            var tailored = plan.Apply(FrameworkTailoring.From(Standard)).Build().GetValueOrThrow();
            var derivation = tailored.DerivedFrom!;

            return derivation.FrameworkId == Standard.Id
                && derivation.Version == Standard.Version
                && derivation.Changes.Count(c => c.StartsWith(
                    "added local question",
                    StringComparison.Ordinal))
                    == plan.LocalQuestions.Length
                && !derivation.Changes.IsEmpty;
        });

    [Property(MaxTest = 60)]
    public Property Export_AnyTailoring_ImportsAgainToTheSameBytes() =>
        Prop.ForAll(TailoringPlan.Arbitrary(), plan =>
        {
            var tailored = plan.Apply(FrameworkTailoring.From(Standard)).Build().GetValueOrThrow();
            var exported = FrameworkJson.Export(tailored);
            var reimported = FrameworkJson.Import(exported);

            return (reimported.Succeeded && FrameworkJson.Export(reimported.Value!) == exported)
                .Label(BrokenFrameworks.Describe(reimported.Problems));
        });

    [Property(MaxTest = 300)]
    public Property Build_AnySteps_ReportsProblemsOrImportsAgainCleanly() =>
        Prop.ForAll(WildTailoring.Arbitrary(), plan =>
        {
            var built = plan.Apply(FrameworkTailoring.From(Standard)).Build();
            if (built.Value is null)
            {
                return (!built.Errors.IsEmpty).Label("no framework, yet no error");
            }

            var reimported = FrameworkJson.Import(FrameworkJson.Export(built.Value));

            return (reimported.Succeeded && reimported.Problems.IsEmpty)
                .Label(BrokenFrameworks.Describe(reimported.Problems));
        });
}
