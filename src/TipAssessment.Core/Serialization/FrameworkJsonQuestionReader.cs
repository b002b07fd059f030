using TipAssessment.Framework;
using Names = TipAssessment.Serialization.FrameworkJsonNames;

namespace TipAssessment.Serialization;

/// <summary>Maps one question of a framework document to the model.</summary>
internal static class FrameworkJsonQuestionReader
{
    public static Question Question(FrameworkJsonElement e) => new()
    {
        Id = e.String("id"),
        Text = e.String("text"),
        RepairNote = e.OptionalString("repairNote"),
        Origin = e.Enum("origin", Names.Origins, QuestionOrigin.Standard),
        ResearchMode = e.Enum("researchMode", Names.ResearchModes),
        ResearchModeReason = e.OptionalString("researchModeReason"),
        Measure = e.Enum("measure", Names.Measures),
        MeasureReason = e.OptionalString("measureReason"),
        InformantTypes = e.Strings("informantTypes"),
        DeskSources = e.Strings("deskSources"),
        VictimSafe = e.Bool("victimSafe"),
        VictimSafetyNote = e.OptionalString("victimSafetyNote"),
        Standards = e.Array("standards", Standard),
        DesiredState = e.Object("desiredState", required: false) is { } d ? DesiredState(d) : null,
        Drivers = e.Strings("drivers", required: false),
    };

    private static StandardReference Standard(FrameworkJsonElement e) =>
        new(e.String("instrument"), e.String("provision"), e.OptionalString("note"));

    private static DesiredState DesiredState(FrameworkJsonElement e) =>
        new(e.String("statement"), e.Int("targetLevel"));
}
