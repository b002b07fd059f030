using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;

namespace TipAssessment.Reports;

/// <summary>
/// Writes a framework as a Markdown document a person can review: its counts, rating scale, pillars and
/// gap-analysis areas, informant types, desk sources, and every question by section and topic, with whom to
/// ask and whether it may be put to a victim.
/// </summary>
/// <remarks>Deterministic (framework order, invariant numbers); every text is escaped. Thread-safe.</remarks>
public static class FrameworkReport
{
    /// <summary>Writes the framework in its default language.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The Markdown text, LF line ends and a final LF.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static string Markdown(AssessmentFramework framework) => Markdown(framework, null);

    /// <summary>Writes the framework.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="options">The language of questions, topics and sections; <see langword="null"/> for the
    /// default.</param>
    /// <returns>The Markdown text, LF line ends and a final LF.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static string Markdown(AssessmentFramework framework, ReportOptions? options)
    {
        Guard.NotNull(framework, nameof(framework));
        var labels = new ReportLabels(framework, null, Scoring.ScoringOptions.DefaultBands, options);
        var f = labels.Framework;
        var blocks = new List<Block>
        {
            new Heading(1, f.Title),
            Paragraph.Labelled("Framework:", $"{f.Id} {f.Version}, language {f.DefaultLanguage}."),
        };
        if (f.Description is not null)
        {
            blocks.Add(Paragraph.Plain(f.Description));
        }

        if (f.DerivedFrom is not null)
        {
            var from = f.DerivedFrom;
            blocks.Add(Paragraph.Labelled("Tailored from:", $"{from.FrameworkId} {from.Version}."));
            blocks.Add(new BulletList(f.DerivedFrom.Changes));
        }

        blocks.AddRange(Counts(f));
        blocks.AddRange(Scale(f));
        blocks.AddRange(Who(f, labels));
        blocks.AddRange(Questions(f, labels));
        return MarkdownWriter.Write(blocks);
    }

    private static IEnumerable<Block> Counts(AssessmentFramework f)
    {
        var scored = f.Questions.Count(q => q.IsScored);
        yield return new Heading(2, "Counts");
        yield return new BulletList(ImmutableArray.Create(
            $"{N(f.Sections.Length)} sections, {N(f.Sections.Sum(s => s.Topics.Length))} topics",
            $"{N(f.Placements.Count)} question entries; {N(f.Questions.Length)} distinct questions " +
                $"({N(scored)} scored, {N(f.Questions.Length - scored)} descriptive)",
            $"{N(f.Questions.Count(q => q.VictimSafe))} questions safe to put to victims",
            $"{N(f.InformantTypes.Length)} informant types, {N(f.DeskSources.Length)} desk sources",
            $"{N(f.Pillars.Length)} pillars, {N(f.Areas.Length)} gap-analysis areas",
            $"{N(f.Drivers.Length)} drivers, {N(f.Solutions.Length)} solutions, " +
                $"{N(f.Linkages.Length)} law-to-practice linkages, {N(f.RedFlags.Length)} red-flag rules"));
    }

    private static IEnumerable<Block> Scale(AssessmentFramework f)
    {
        yield return new Heading(2, "Rating scale");
        var scale = f.RatingScale;
        var rows = scale.Levels
            .Select(l => ImmutableArray.Create<Cell>(N(l.Level), l.Label, l.Descriptor))
            .Append(ImmutableArray.Create<Cell>("unknown", scale.Unknown.Label, scale.Unknown.Descriptor))
            .Append(ImmutableArray.Create<Cell>(
                "not-applicable", scale.NotApplicable.Label, scale.NotApplicable.Descriptor));
        var columns = ImmutableArray.Create("Level", "Label", "What the assessor must see");
        yield return new Table(columns, rows.ToImmutableArray());
    }

    private static IEnumerable<Block> Who(AssessmentFramework f, ReportLabels labels)
    {
        yield return new Heading(2, "Gap-analysis areas");
        yield return new Table(ImmutableArray.Create("Area", "Pillar", "Area under consideration"), f.Areas
            .Select(a => ImmutableArray.Create<Cell>(a.Title, labels.Pillar(a.Pillar), a.UnderConsideration))
            .ToImmutableArray());
        yield return new Heading(2, "Informant types");
        yield return new Table(ImmutableArray.Create("Id", "Informant type", "Who"), f.InformantTypes
            .Select(t => ImmutableArray.Create<Cell>(t.Id, t.Title, t.Description)).ToImmutableArray());
        yield return new Heading(2, "Desk sources");
        yield return new Table(ImmutableArray.Create("Id", "Desk source", "What to look for"), f.DeskSources
            .Select(s => ImmutableArray.Create<Cell>(s.Id, s.Title, s.Description)).ToImmutableArray());
    }

    private static IEnumerable<Block> Questions(AssessmentFramework f, ReportLabels labels)
    {
        yield return new Heading(2, "Questions");
        var columns = ImmutableArray.Create(
            "Id", "Question", "Research", "Measure", "Whom to ask", "Victim-safe");
        foreach (var section in f.Sections)
        {
            yield return new Heading(3, section.Title);
            foreach (var topic in section.Topics)
            {
                var inferred = topic.TitleSource == TitleSource.Inferred ? " (title inferred)" : string.Empty;
                yield return new Heading(4, topic.Title + inferred);
                var rows = topic.Questions.Select(f.FindQuestion).Where(q => q is not null)
                    .Select(q => QuestionCells(q!, f, section, labels)).ToImmutableArray();
                yield return new Table(columns, rows);
            }
        }
    }

    private static ImmutableArray<Cell> QuestionCells(
        Question q,
        AssessmentFramework f,
        Section here,
        ReportLabels labels)
    {
        var elsewhere = f.PlacementsOf(q.Id).Where(p => p.Section.Id != here.Id)
            .Select(p => "Also in: " + p.Section.Title);
        var target = q.DesiredState is null ? "?" : N(q.DesiredState.TargetLevel);
        return ImmutableArray.Create<Cell>(
            q.Id,
            new Cell(null, ImmutableArray.Create(q.Text).AddRange(elsewhere)),
            Mode(q.ResearchMode),
            q.IsScored ? "scored (target " + target + ")" : "descriptive",
            q.InformantTypes.IsEmpty
                ? "desk research"
                : string.Join(", ", q.InformantTypes.Select(labels.InformantType)),
            q.VictimSafe ? "yes" : "no");
    }

    private static string Mode(ResearchMode mode) => mode switch
    {
        ResearchMode.Desk => "desk",
        ResearchMode.Field => "field",
        _ => "desk and field",
    };

    private static string N(int n) => ReportNumbers.Count(n);
}
