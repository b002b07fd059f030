using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;

namespace TipAssessment.Tests.Scoring;

/// <summary>
/// A small framework built in code for the engine's tests: a 0..4 scale, three pillars, three perspective
/// groups, one question placed in two pillars, a linkage and two red flags.
/// </summary>
internal static class TinyFramework
{
    public const string LegalLaw = "lf.law";
    public const string LegalContext = "lf.context";
    public const string Training = "prot.training";
    public const string Sops = "prot.sops";
    public const string Reporting = "prot.reporting";
    public const string Criminalisation = "prot.criminalisation";
    public const string Agreements = "shared.agreements";
    public const string Investigation = "pros.investigation";
    public const string EliteCapture = "pros.elite-capture";

    public const string ProcessTopic = "protection.process";
    public const string VictimsTopic = "protection.victims";
    public const string CasesTopic = "prosecution.cases";
    public const string LawTopic = "legal.law";

    private static readonly string[] Prosecution = { "prosecution" };

    public static AssessmentFramework Create() => new()
    {
        Id = "tiny",
        Version = "1.0.0",
        Title = "A tiny framework for engine tests",
        RatingScale = Scale(),
        Pillars = ImmutableArray.Create(
            new Pillar("legal", "Legal framework", PillarKind.Legal),
            new Pillar("protection", "Protection", PillarKind.FourP),
            new Pillar("prosecution", "Prosecution", PillarKind.FourP)),
        Areas = ImmutableArray.Create(
            Area("protection", "protection", AreaMode.Community),
            Area("prosecution", "prosecution", AreaMode.Community),
            Area("national-compliance", "legal", AreaMode.National)),
        PerspectiveGroups = ImmutableArray.Create(
            new PerspectiveGroup("state", "State actors", "Officials."),
            new PerspectiveGroup("civil", "Civil society and services", "Organisations."),
            new PerspectiveGroup("victims", "Victims", "Survivors.")),
        InformantTypes = ImmutableArray.Create(
            Type("law-enforcement", "state"),
            Type("government-agency", "state"),
            Type("civil-society", "civil"),
            Type("service-provider", "civil"),
            Type("victim", "victims")),
        DeskSources = ImmutableArray.Create(
            new DeskSource
            {
                Id = "national-law",
                Title = "National law",
                Description = "The law.",
                Kind = DeskSourceKind.National,
            }),
        Sections = Sections(),
        Questions = Questions(),
        Drivers = ImmutableArray.Create(
            Driver("d.training"),
            Driver("d.sops"),
            Driver("d.victim-centred"),
            Driver("d.unaware"),
            Driver("d.coordination")),
        Solutions = ImmutableArray.Create(
            Solution("s.train", TimeHorizon.Short, new[] { "protection" }, "d.training"),
            Solution("s.sops", TimeHorizon.Medium, new string[0], "d.sops"),
            Solution("s.awareness", TimeHorizon.Short, new string[0], "d.unaware"),
            Solution("s.victim-training", TimeHorizon.Short, new string[0], "d.victim-centred"),
            Solution("s.workshops", TimeHorizon.Short, Prosecution, "d.coordination", "d.training")),
        Linkages = ImmutableArray.Create(new Linkage
        {
            Id = "link.law",
            LegalQuestion = LegalLaw,
            PracticeQuestions = ImmutableArray.Create(Training, Investigation),
            Rationale = "The law is tested by training and investigations.",
        }),
        RedFlags = ImmutableArray.Create(
            new RedFlagRule
            {
                Id = "flag.criminalised",
                Question = Criminalisation,
                AtOrBelowLevel = 1,
                CapsBand = "weak",
                Reason = "Victims punished.",
            },
            new RedFlagRule
            {
                Id = "flag.capture",
                Question = EliteCapture,
                AtOrBelowLevel = 0,
                CapsBand = "critical",
                Scope = "assessment",
                Reason = "Impunity.",
            }),
    };

    private static RatingScale Scale() => new()
    {
        Levels = Enumerable.Range(
            0,
            5).Select(l => new RatingLevel(l,
            "l" + l,
            "Level " + l,
            "Descriptor " + l + ".")).ToImmutableArray(),
        Unknown = new RatingMarker("Unknown", "Not known."),
        NotApplicable = new RatingMarker("Not applicable", "Does not apply."),
    };

    private static ImmutableArray<Section> Sections() => ImmutableArray.Create(
        Section("legal", "legal", Topic(LawTopic, LegalLaw, LegalContext)),
        Section(
            "protection",
            "protection",
            Topic(ProcessTopic, Training, Sops, Agreements),
            Topic(VictimsTopic, Reporting, Criminalisation)),
        Section("prosecution", "prosecution", Topic(CasesTopic, Investigation, EliteCapture, Agreements)));

    private static ImmutableArray<Question> Questions() => ImmutableArray.Create(
        Scored(LegalLaw, 4, victimSafe: false, "government-agency", "civil-society"),
        new Question
        {
            Id = LegalContext,
            Text = "Context?",
            Measure = QuestionMeasure.Descriptive,
            InformantTypes = ImmutableArray.Create("civil-society"),
        },
        Scored(Training, 3, victimSafe: false, "law-enforcement", "government-agency", "civil-society"),
        Scored(Sops, 4, victimSafe: false, "law-enforcement", "government-agency"),
        Scored(Agreements, 4, victimSafe: false, "law-enforcement", "service-provider"),
        Scored(Reporting, 3, victimSafe: true, "victim", "service-provider", "law-enforcement"),
        Scored(Criminalisation, 4, victimSafe: true, "victim", "service-provider", "civil-society"),
        Scored(Investigation, 3, victimSafe: false, "law-enforcement", "civil-society"),
        Scored(EliteCapture, 4, victimSafe: false, "civil-society", "service-provider"));

    private static Question Scored(string id, int target, bool victimSafe, params string[] types) => new()
    {
        Id = id,
        Text = id + "?",
        Measure = QuestionMeasure.Scored,
        ResearchMode = ResearchMode.DeskAndField,
        VictimSafe = victimSafe,
        InformantTypes = types.ToImmutableArray(),
        DesiredState = new DesiredState("Desired for " + id + ".", target),
    };

    private static Section Section(string id, string pillar, params Topic[] topics) => new()
    {
        Id = id,
        Title = id,
        Pillar = pillar,
        Purpose = "Tests.",
        Topics = topics.ToImmutableArray(),
    };

    private static Topic Topic(string id, params string[] questions) => new()
    {
        Id = id,
        Title = id,
        Questions = questions.ToImmutableArray(),
    };

    private static GapArea Area(string id, string pillar, AreaMode mode) =>
        new() { Id = id, Pillar = pillar, Mode = mode, Title = id, UnderConsideration = "On " + id + "." };

    private static InformantType Type(string id, string group) =>
        new() { Id = id, Title = id, Description = id, PerspectiveGroup = group };

    private static Driver Driver(string id) => new() { Id = id, Title = "Title of " + id, Description = id };

    private static Solution Solution(
        string id,
        TimeHorizon horizon,
        string[] areas,
        params string[] addresses) => new()
        {
            Id = id,
            Title = "Title of " + id,
            Description = id,
            Horizon = horizon,
            Areas = areas.ToImmutableArray(),
            Addresses = addresses.ToImmutableArray(),
        };
}
