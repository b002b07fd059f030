using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;

namespace TipAssessment.Reports;

/// <summary>The content of one interview guide, written as Markdown or JSON.</summary>
internal sealed class GuideModel
{
    private GuideModel(ReportLabels labels, InformantType type, Assessment? assessment)
    {
        Labels = labels;
        Type = type;
        Assessment = assessment;
    }

    public ReportLabels Labels { get; }

    public AssessmentFramework Framework => Labels.Framework;

    public InformantType Type { get; }

    public Assessment? Assessment { get; }

    public bool VictimSafeOnly => Type.Id == WellKnownIds.VictimInformantType;

    public ImmutableArray<string> Reminders => InterviewGuide.Reminders(Type.Id);

    /// <summary>The questions by section and topic, in placement order, each question once.</summary>
    public ImmutableArray<(Section Section, Topic Topic, ImmutableArray<Question> Questions)> Topics
    {
        get;
        private set;
    }

    /// <summary>The assessment's informants of this type, in document order; empty without an
    /// assessment.</summary>
    public ImmutableArray<Informant> Informants =>
        Assessment?.Informants.Where(i => i.Type == Type.Id).ToImmutableArray()
        ?? ImmutableArray<Informant>.Empty;

    public static GuideModel Build(
        AssessmentFramework framework,
        string typeId,
        Assessment? assessment,
        ReportOptions? options)
    {
        var type = InterviewGuide.RequireType(framework, typeId);
        if (assessment is not null)
        {
            ModelGuard.Check(assessment, nameof(assessment));
        }
        var labels = new ReportLabels(framework, assessment, Scoring.ScoringOptions.DefaultBands, options);
        var wanted = new HashSet<string>(
            InterviewGuide.QuestionsFor(framework, typeId).Select(q => q.Id), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Placements in order, each question at its first one, grouped by topic (topics are contiguous).
        var topics = labels.Framework.Placements
            .Where(p => wanted.Contains(p.Question.Id) && seen.Add(p.Question.Id))
            .GroupBy(p => p.Placement.Topic.Id, StringComparer.Ordinal)
            .Select(g => (g.First().Placement.Section, g.First().Placement.Topic, Questions(g)))
            .ToImmutableArray();
        var translated = labels.Framework.FindInformantType(typeId) ?? type;
        return new GuideModel(labels, translated, assessment) { Topics = topics };
    }

    private static ImmutableArray<Question> Questions(
        IEnumerable<(Placement Placement, Question Question)> placements) =>
        placements.Select(p => p.Question).ToImmutableArray();

    public IEnumerable<Block> Blocks()
    {
        yield return new Heading(1, "Interview guide: " + Type.Title);
        yield return Paragraph.Labelled("Who:", Type.Description);
        var f = Framework;
        yield return Paragraph.Labelled("Framework:", $"{f.Title} ({f.Id} {f.Version}).");
        yield return new Heading(2, "Before and during the interview: do no harm");
        yield return new BulletList(Reminders);
        foreach (var block in InformantBlocks())
        {
            yield return block;
        }

        var count = ReportNumbers.Count(Topics.Sum(t => t.Questions.Length));
        yield return new Heading(2, $"Questions ({count})");
        foreach (var block in QuestionBlocks())
        {
            yield return block;
        }
    }

    private IEnumerable<Block> InformantBlocks()
    {
        if (Assessment is null)
        {
            yield break;
        }

        yield return new Heading(2, "Informants of this type in " + Assessment.Title);
        var items = Informants.Select(InformantLine).ToImmutableArray();
        yield return items.IsEmpty
            ? Paragraph.Plain("The assessment has no informant of this type yet.")
            : new BulletList(items);
    }

    private IEnumerable<Block> QuestionBlocks()
    {
        if (Topics.IsEmpty)
        {
            yield return Paragraph.Plain("The framework has no question for this informant type.");
        }

        string? section = null;
        foreach (var (s, topic, questions) in Topics)
        {
            if (s.Id != section)
            {
                section = s.Id;
                yield return new Heading(3, s.Title);
            }

            yield return new Heading(4, topic.Title);
            yield return new BulletList(questions.Select(QuestionLine).ToImmutableArray());
        }
    }

    private string InformantLine(Informant i)
    {
        var where = i.Locality is null ? "national level" : Labels.Locality(i.Locality);
        var consent = i.Consent.Given
            ? "consent recorded"
            : "NO CONSENT RECORDED: do not interview until it is";
        var stop = i.Consent.RightToStopExplained
            ? "right to stop explained"
            : "right to stop NOT yet explained";
        return $"{i.Code}: {where}; {consent}; {stop}";
    }

    private string QuestionLine(Question q)
    {
        var howToAsk = VictimSafeOnly && q.VictimSafetyNote is not null
            ? " How to ask: " + q.VictimSafetyNote
            : string.Empty;
        return q.Text + " (" + q.Id + ")" + howToAsk;
    }
}
