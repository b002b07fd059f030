using TipAssessment.Scoring;

namespace TipAssessment.Serialization;

/// <summary>Scores, roll-ups, triangulation flags and implementation gaps.</summary>
internal sealed partial class AnalysisJsonWriter
{
    private void WriteScores(ScoringResult scoring)
    {
        Array("scores", scoring.Scores, WriteScore);
        Array("rollUps", scoring.RollUps, r =>
        {
            Scope(r.Scope);
            _w.WritePropertyName("root");
            WriteNode(r.Root);
        });
        Array("triangulation", scoring.Triangulation, WriteFlag);
        Array("implementationGaps", scoring.ImplementationGaps, WriteImplementationGap);
    }

    private void WriteScore(QuestionScore s)
    {
        _w.WriteString("question", s.Question);
        Scope(s.Scope);
        OptionalNumber("level", s.Level);
        OptionalNumber("normalised", s.Normalised);
        if (s.Band is not null)
        {
            _w.WriteString("band", s.Band);
        }

        _w.WriteNumber("rated", s.RatedCount);
        _w.WriteNumber("unknown", s.UnknownCount);
        _w.WriteNumber("notApplicable", s.NotApplicableCount);
        _w.WriteNumber("unrated", s.UnratedCount);
        Strings("informantTypes", s.InformantTypes);
        Strings("deskSources", s.DeskSources);
        if (s.Spread is not null)
        {
            _w.WriteStartObject("spread");
            _w.WriteNumber("min", s.Spread.Min);
            _w.WriteNumber("max", s.Spread.Max);
            Number("standardDeviation", s.Spread.StandardDeviation);
            _w.WriteEndObject();
        }

        Strings("responses", s.Responses);
        Strings("otherResponses", s.OtherResponses);
    }

    private void WriteNode(RollUpNode node)
    {
        _w.WriteStartObject();
        _w.WriteString("kind", Word(node.Kind));
        _w.WriteString("id", node.Id);
        Number("weight", node.Weight);
        OptionalNumber("normalised", node.Normalised);
        if (node.Band is not null)
        {
            _w.WriteString("band", node.Band);
            _w.WriteString("uncappedBand", node.UncappedBand);
        }

        OptionalArray("caps", node.Caps, WriteCap);
        _w.WritePropertyName("coverage");
        WriteCoverage(node.Coverage);
        if (!node.Children.IsDefaultOrEmpty)
        {
            _w.WriteStartArray("children");
            foreach (var child in node.Children)
            {
                WriteNode(child);
            }

            _w.WriteEndArray();
        }

        _w.WriteEndObject();
    }

    private void WriteCap(BandCap cap)
    {
        _w.WriteString("rule", cap.Rule);
        _w.WriteString("question", cap.Question);
        Number("level", cap.Level);
        _w.WriteNumber("atOrBelowLevel", cap.AtOrBelowLevel);
        _w.WriteString("capsBand", cap.CapsBand);
        _w.WriteBoolean("lowered", cap.Lowered);
        _w.WriteString("reason", cap.Reason);
    }

    private void WriteCoverage(Coverage c)
    {
        _w.WriteStartObject();
        _w.WriteNumber("scoredQuestions", c.ScoredQuestions);
        _w.WriteNumber("withEvidence", c.WithEvidence);
        Number("percent", c.Percent);
        _w.WriteNumber("unknown", c.UnknownResponses);
        _w.WriteNumber("notApplicable", c.NotApplicableResponses);
        Strings("withoutEvidence", c.WithoutEvidence);
        Strings("informantTypesExpected", c.InformantTypesExpected);
        Strings("informantTypesHeard", c.InformantTypesHeard);
        Strings("informantTypesMissing", c.InformantTypesMissing);
        _w.WriteEndObject();
    }

    private void WriteFlag(TriangulationFlag flag)
    {
        _w.WriteString("question", flag.Question);
        Scope(flag.Scope);
        Number("divergence", flag.Divergence);
        Number("threshold", flag.Threshold);
        Array("groups", flag.Groups, g =>
        {
            _w.WriteString("group", g.Group);
            Number("level", g.Level);
            Number("normalised", g.Normalised);
            _w.WriteNumber("count", g.Count);
            Strings("responses", g.Responses);
        });
    }

    private void WriteImplementationGap(ImplementationGap gap)
    {
        _w.WriteString("linkage", gap.Linkage);
        _w.WriteString("legalQuestion", gap.LegalQuestion);
        _w.WriteString("legalScope", Word(gap.LegalScope.Kind));
        Number("legal", gap.Legal);
        _w.WriteString("locality", gap.Locality);
        Number("practice", gap.Practice);
        Array("practiceQuestions", gap.PracticeQuestions, p =>
        {
            _w.WriteString("question", p.Question);
            Number("normalised", p.Normalised);
        });
        Number("gap", gap.Gap);
    }
}
