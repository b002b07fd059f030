using TipAssessment.Gaps;
using TipAssessment.Rounds;

namespace TipAssessment.Serialization;

/// <summary>The gap chart and the comparison of rounds.</summary>
internal sealed partial class AnalysisJsonWriter
{
    private void WriteGapChart(GapChart chart)
    {
        _w.WriteStartObject("gapChart");
        Strings("areas", chart.Areas);
        Strings("localities", chart.Localities);
        Array("rows", chart.Rows, WriteRow);
        _w.WriteEndObject();
    }

    private void WriteRow(GapRow row)
    {
        // The first five members follow the user's chart, column by column.
        WriteCurrentState(row.CurrentState);
        _w.WriteStartObject("desiredState");
        _w.WriteString("text", row.DesiredState.Text);
        _w.WriteNumber("targetLevel", row.DesiredState.TargetLevel);
        _w.WriteEndObject();
        _w.WriteStartObject("gap");
        _w.WriteString("text", row.Gap.Text);
        Number("levels", row.Gap.Levels);
        Number("maxLevels", row.Gap.MaxLevels);
        _w.WriteEndObject();
        Array("drivers", row.Drivers, WriteDriver);
        Array("solutions", row.Solutions, WriteSolution);
        _w.WriteString("id", row.Id);
        _w.WriteNumber("rank", row.Rank);
        _w.WriteString("area", row.Area);
        _w.WriteString("mode", Word(row.Mode));
        if (row.Topic is not null)
        {
            _w.WriteString("topic", row.Topic);
        }

        Strings("localities", row.Localities);
        Array("questions", row.Questions, WriteGapQuestion);
        Number("severity", row.Severity);
        WriteBreadth(row.Breadth);
        Number("priority", row.Priority);
        Strings("evidence", row.Evidence);
        OptionalArray("proposedText", row.ProposedText, WriteText);
        OptionalArray("notes", row.Notes, WriteText);
    }

    private void WriteCurrentState(GapCurrentState state)
    {
        _w.WriteStartObject("currentState");
        _w.WriteString("text", state.Text);
        _w.WriteString("source", Word(state.Source));
        OptionalStrings("findings", state.Findings);
        Number("level", state.Level);
        _w.WriteNumber("ratedResponses", state.RatedResponses);
        _w.WriteEndObject();
    }

    private void WriteDriver(RankedDriver d)
    {
        _w.WriteString("driver", d.Driver);
        _w.WriteString("title", d.Title);
        _w.WriteNumber("rank", d.Rank);
        _w.WriteNumber("sources", d.Sources);
        _w.WriteNumber("localities", d.Localities);
        _w.WriteBoolean("leading", d.Leading);
        Strings("responses", d.Responses);
    }

    private void WriteSolution(RankedSolution s)
    {
        _w.WriteString("solution", s.Solution);
        _w.WriteString("title", s.Title);
        _w.WriteString("horizon", Word(s.Horizon));
        _w.WriteNumber("rank", s.Rank);
        _w.WriteString("basis", Word(s.Basis));
        Strings("addresses", s.Addresses);
        _w.WriteNumber("support", s.Support);
        _w.WriteNumber("proposedBy", s.ProposedBy);
        Strings("responses", s.Responses);
    }

    private void WriteGapQuestion(GapQuestion q)
    {
        _w.WriteString("question", q.Question);
        _w.WriteNumber("targetLevel", q.TargetLevel);
        _w.WriteString("desiredState", q.DesiredState);
        Array("shortfalls", q.Shortfalls, s =>
        {
            Scope(s.Scope);
            Number("level", s.Level);
            Number("distance", s.Distance);
        });
    }

    private void WriteBreadth(GapBreadth b)
    {
        _w.WriteStartObject("breadth");
        _w.WriteNumber("localities", b.Localities);
        _w.WriteNumber("localitiesCharted", b.LocalitiesCharted);
        _w.WriteNumber("informantTypes", b.InformantTypes);
        _w.WriteNumber("informantTypesExpected", b.InformantTypesExpected);
        Number("value", b.Value);
        _w.WriteEndObject();
    }

    private void WriteText(ResponseText t)
    {
        _w.WriteString("response", t.Response);
        _w.WriteString("text", t.Text);
    }

    private void WriteComparison(RoundComparison c)
    {
        _w.WriteStartObject("comparison");
        _w.WriteString("baseline", c.Baseline);
        _w.WriteString("followUp", c.FollowUp);
        Array("questions", c.Questions, WriteChange);
        Array("rollUps", c.RollUps, WriteChange);
        Array("gaps", c.Gaps, g =>
        {
            _w.WriteString("row", g.Row);
            _w.WriteString("area", g.Area);
            _w.WriteString("status", Word(g.Status));
            OptionalInteger("baselineRank", g.BaselineRank);
            OptionalInteger("followUpRank", g.FollowUpRank);
            OptionalNumber("baselineSeverity", g.BaselineSeverity);
            OptionalNumber("followUpSeverity", g.FollowUpSeverity);
            OptionalNumber("baselinePriority", g.BaselinePriority);
            OptionalNumber("followUpPriority", g.FollowUpPriority);
        });
        _w.WriteEndObject();
    }

    private void WriteChange(ScoreChange c)
    {
        _w.WriteString("kind", Word(c.Kind));
        _w.WriteString("id", c.Id);
        Scope(c.Scope);
        OptionalNumber("baseline", c.Baseline);
        OptionalNumber("followUp", c.FollowUp);
        OptionalNumber("change", c.Change);
    }

    private void OptionalInteger(string name, int? value)
    {
        if (value is int number)
        {
            _w.WriteNumber(name, number);
        }
    }
}
