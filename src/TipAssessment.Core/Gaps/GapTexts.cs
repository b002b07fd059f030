using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Scoring;

namespace TipAssessment.Gaps;

/// <summary>Writes a row's current state, desired state and gap in words (English, invariant
/// numbers).</summary>
internal sealed class GapTexts
{
    private readonly ScoringContext _context;
    private readonly List<ShortfallUnit> _units;
    private readonly ImmutableArray<string> _localities;

    public GapTexts(ScoringContext context, List<ShortfallUnit> units, ImmutableArray<string> localities)
    {
        _context = context;
        _units = units;
        _localities = localities;
    }

    private double MeanLevel => _units.Average(u => u.Level);

    public GapCurrentState CurrentState(ShortfallGroup group, ImmutableArray<string> localities)
    {
        var findings = Findings(group.Area.Mode, localities);
        var rated = _units.Sum(u => u.Score.RatedCount);
        var text = findings.Count > 0
            ? string.Join(" ", findings.Select(f => f.CurrentState))
            : Descriptor(rated);
        return new GapCurrentState
        {
            Text = text,
            Source = findings.Count > 0 ? CurrentStateSource.Finding : CurrentStateSource.Descriptor,
            Findings = findings.Select(f => f.Id).ToImmutableArray(),
            Level = MeanLevel,
            RatedResponses = rated,
        };
    }

    public GapDesiredState DesiredState() => new()
    {
        Text = string.Join(
            " ",
            _units.Select(u => u.Question.DesiredState!.Statement).Distinct(StringComparer.Ordinal)),
        TargetLevel = _units.Max(u => u.Target),
    };

    public GapDistance Gap()
    {
        var mean = _units.Average(u => u.Distance);
        var max = _units.Max(u => u.Distance);
        var questions = _units.Select(u => u.Question.Id).Distinct(StringComparer.Ordinal).Count();
        var target = _units.Max(u => u.Target);
        var text = $"{Count(mean, "level", "levels")} below the desired state on average " +
            $"(at most {Number(max)}), on {Count(questions, "question", "questions")} in {Where()}; " +
            $"the target is {LabelOf(target)} (level {target}).";
        return new GapDistance { Text = text, Levels = mean, MaxLevels = max };
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Count(double value, string one, string many) =>
        $"{Number(value)} {(value == 1 ? one : many)}";

    private List<Assessments.Finding> Findings(AreaMode mode, ImmutableArray<string> localities)
    {
        var questions = new HashSet<string>(_units.Select(u => u.Question.Id), StringComparer.Ordinal);
        var topics = new HashSet<string>(_units.Select(u => u.Placement.Topic.Id), StringComparer.Ordinal);
        return _context.Index.Assessment.Findings.Where(f =>
            ((f.Question is not null && questions.Contains(f.Question))
                || (f.Topic is not null && topics.Contains(f.Topic)))
            && LocalityMatches(f.Locality, mode, localities)).ToList();
    }

    private static bool LocalityMatches(string? locality, AreaMode mode, ImmutableArray<string> localities)
    {
        if (mode == AreaMode.National)
        {
            return locality is null;
        }

        return locality is null
            || localities.IsEmpty
            || localities.Contains(locality, StringComparer.Ordinal);
    }

    private string Descriptor(int rated)
    {
        // The floor is the highest level the evidence fully reaches: 1.5 reads as level 1.
        var floor = (int)Math.Floor(MeanLevel);
        var level = _context.Framework.RatingScale.Levels.FirstOrDefault(l => l.Level == floor);
        var said = level is null ? $"Level {floor}." : $"{level.Label} (level {floor}): {level.Descriptor}";
        // Each unit's level is already aggregated (the median by default); the row averages the units.
        var units = Count(_units.Count, "question and place score", "question and place scores");
        return $"{said} Average of {units}: level {Number(MeanLevel)}, " +
            $"from {Count(rated, "rated response", "rated responses")} in {Where()}.";
    }

    private string NameOf(string localityId) => _context.Index.LocalityName(localityId) ?? localityId;

    private string LabelOf(int target) =>
        _context.Framework.RatingScale.Levels.FirstOrDefault(l => l.Level == target)?.Label
        ?? "level " + target;

    private string Where()
    {
        if (_localities.Length > 0)
        {
            var names = _localities.Select(NameOf);
            return $"{Count(_localities.Length, "locality", "localities")}: {string.Join(", ", names)}";
        }

        return _units.All(u => u.Score.Scope.Kind == ScopeKind.National)
            ? "national-level evidence"
            : "the assessment's evidence as a whole";
    }
}
