using System.Text.Json;
using TipAssessment.Framework;
using Names = TipAssessment.Serialization.FrameworkJsonNames;
using Writer = TipAssessment.Serialization.FrameworkJsonWriter;

namespace TipAssessment.Serialization;

/// <summary>
/// Writes one question; <c>origin</c> is written only for local questions (standard is the default).
/// </summary>
internal static class FrameworkJsonQuestionWriter
{
    public static void Question(Utf8JsonWriter w, Question q)
    {
        w.WriteString("id", q.Id);
        w.WriteString("text", q.Text);
        Writer.Optional(w, "repairNote", q.RepairNote);
        if (q.Origin != QuestionOrigin.Standard)
        {
            w.WriteString("origin", Names.Origins.NameOf(q.Origin));
        }

        w.WriteString("researchMode", Names.ResearchModes.NameOf(q.ResearchMode));
        Writer.Optional(w, "researchModeReason", q.ResearchModeReason);
        w.WriteString("measure", Names.Measures.NameOf(q.Measure));
        Writer.Optional(w, "measureReason", q.MeasureReason);
        Writer.Strings(w, "informantTypes", q.InformantTypes);
        Writer.Strings(w, "deskSources", q.DeskSources);
        w.WriteBoolean("victimSafe", q.VictimSafe);
        Writer.Optional(w, "victimSafetyNote", q.VictimSafetyNote);
        Writer.Array(w, "standards", q.Standards, (w2, s) =>
        {
            w2.WriteString("instrument", s.Instrument);
            w2.WriteString("provision", s.Provision);
            Writer.Optional(w2, "note", s.Note);
        });
        if (q.DesiredState is { } state)
        {
            w.WriteStartObject("desiredState");
            w.WriteString("statement", state.Statement);
            w.WriteNumber("targetLevel", state.TargetLevel);
            w.WriteEndObject();
        }

        Writer.OptionalStrings(w, "drivers", q.Drivers);
    }
}
