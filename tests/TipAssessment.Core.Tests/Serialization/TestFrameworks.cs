using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// Small frameworks built in code, for tests that must not depend on the standard framework's content:
/// every kind of question the rules distinguish (scored, descriptive, victim-safe, not safe, desk-only).
/// </summary>
internal static class TestFrameworks
{
    public const string VictimSafeScored = "t.victim-safe";
    public const string UnsafeScored = "t.unsafe";
    public const string Descriptive = "t.descriptive";
    public const string DeskOnly = "t.desk-only";
    public const string SafeDescriptive = "t.safe-descriptive";

    /// <summary>
    /// A framework "small" 2.0.0 with a 0..3 scale, three informant types and five questions.
    /// </summary>
    public static AssessmentFramework Small() => new()
    {
        Id = "small",
        Version = "2.0.0",
        Title = "A small framework for tests",
        RatingScale = new RatingScale
        {
            Levels = ImmutableArray.Create(
                new RatingLevel(0, "none", "None", "Nothing."),
                new RatingLevel(1, "some", "Some", "Some of it."),
                new RatingLevel(2, "most", "Most", "Most of it."),
                new RatingLevel(3, "all", "All", "All of it.")),
            Unknown = new RatingMarker("Unknown", "Could not say."),
            NotApplicable = new RatingMarker("Not applicable", "Does not apply."),
        },
        InformantTypes = ImmutableArray.Create(
            Type("police", "station", "unit"),
            Type("ngo"),
            Type(WellKnownIds.VictimInformantType)),
        DeskSources = ImmutableArray.Create(
            new DeskSource { Id = "law", Title = "The law", Description = "National law." },
            new DeskSource { Id = "report", Title = "A report", Description = "A report." }),
        Questions = ImmutableArray.Create(
            Question(VictimSafeScored, QuestionMeasure.Scored, true, "police", "ngo", "victim"),
            Question(UnsafeScored, QuestionMeasure.Scored, false, "police", "ngo"),
            Question(Descriptive, QuestionMeasure.Descriptive, false, "police", "ngo"),
            Question(SafeDescriptive, QuestionMeasure.Descriptive, true, "ngo", "victim"),
            Question(DeskOnly, QuestionMeasure.Scored, false) with
            {
                DeskSources = ImmutableArray.Create("law"),
            }),
        Sections = ImmutableArray.Create(new Section
        {
            Id = "s",
            Title = "Section",
            Pillar = "p",
            Purpose = "Tests.",
            Topics = ImmutableArray.Create(new Topic
            {
                Id = "s.topic",
                Title = "Topic",
                Questions = ImmutableArray.Create(
                    VictimSafeScored, UnsafeScored, Descriptive, SafeDescriptive, DeskOnly),
            }),
        }),
        Drivers = ImmutableArray.Create(Driver("no-training"), Driver("no-sops")),
        Solutions = ImmutableArray.Create(new Solution
        {
            Id = "training",
            Title = "Training",
            Description = "Train people.",
            Addresses = ImmutableArray.Create("no-training"),
        }),
    };

    private static InformantType Type(string id, params string[] subtypes) => new()
    {
        Id = id,
        Title = id,
        Description = id,
        PerspectiveGroup = "group",
        Subtypes = subtypes.Select(s => new InformantSubtype(s, s)).ToImmutableArray(),
    };

    private static Question Question(
        string id,
        QuestionMeasure measure,
        bool victimSafe,
        params string[] types) => new()
        {
            Id = id,
            Text = id,
            Measure = measure,
            VictimSafe = victimSafe,
            InformantTypes = types.ToImmutableArray(),
            DesiredState = measure == QuestionMeasure.Scored ? new DesiredState("All.", 3) : null,
        };

    private static Driver Driver(string id) => new() { Id = id, Title = id, Description = id };
}
