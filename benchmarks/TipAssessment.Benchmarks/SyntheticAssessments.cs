using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;

namespace TipAssessment.Benchmarks;

/// <summary>The three scales of the benchmarks, about ten times apart.</summary>
public enum Scale
{
    /// <summary>About 20,000 responses: a few districts.</summary>
    Small,

    /// <summary>About 200,000 responses: a country.</summary>
    Medium,

    /// <summary>About 2,000,000 responses: pooled research data.</summary>
    Large,
}

/// <summary>
/// Builds valid synthetic assessments, deterministically (a fixed seed, no clock): every locality has the
/// same informants, one of each framework informant type in turn, each answering every question the
/// framework lists for their type (victims only the victim-safe ones), plus national-level desk
/// responses. Every informant has consent, so the importer accepts the document with no errors.
/// </summary>
public static class SyntheticAssessments
{
    private const ulong Seed = 0x5EED_7A55_E55Du;

    /// <summary>The number of localities of each scale (informants per locality stay fixed).</summary>
    public static int LocalitiesOf(Scale scale) => scale switch
    {
        Scale.Small => 4,
        Scale.Medium => 40,
        _ => 400,
    };

    /// <summary>Informants interviewed in each locality.</summary>
    public const int InformantsPerLocality = 128;

    /// <summary>Builds the assessment of a scale.</summary>
    public static Assessment Build(AssessmentFramework framework, Scale scale) =>
        Build(framework, LocalitiesOf(scale), InformantsPerLocality);

    /// <summary>Builds an assessment of the given shape; the same arguments give the same model.</summary>
    public static Assessment Build(AssessmentFramework framework, int localities, int informantsPerLocality)
    {
        var random = new SplitMix(Seed);
        var types = framework.InformantTypes.Select(t => t.Id).ToArray();
        var places = Enumerable.Range(1, localities).Select(Locality).ToImmutableArray();
        var desk = framework.DeskSources.Select(Consulted).ToImmutableArray();
        var informants = ImmutableArray.CreateBuilder<Informant>(localities * informantsPerLocality);
        var responses = ImmutableArray.CreateBuilder<Response>();
        foreach (var place in places)
        {
            for (var k = 0; k < informantsPerLocality; k++)
            {
                var informant = Interviewee(informants.Count + 1, types[k % types.Length], place.Id);
                informants.Add(informant);
                AddAnswers(framework, informant, responses, random);
            }
        }

        AddDeskAnswers(framework, desk, responses, random);
        return new Assessment
        {
            Id = "synthetic-benchmark",
            Title = "Synthetic assessment for benchmarks",
            Framework = new FrameworkReference(framework.Id, framework.Version),
            Country = "NP",
            Provenance = new Provenance(
                ProvenanceKind.Synthetic,
                "Generated for benchmarks; describes nothing real."),
            Period = new AssessmentPeriod("2025-01", "2025-06"),
            Assessors = ImmutableArray.Create("A1", "A2"),
            Localities = places,
            DeskSources = desk,
            Informants = informants.ToImmutable(),
            Responses = responses.ToImmutable(),
        };
    }

    private static Locality Locality(int n) => new()
    {
        Id = "loc-" + n.ToString("D4", CultureInfo.InvariantCulture),
        Name = "District " + n.ToString(CultureInfo.InvariantCulture),
        Kind = "district",
    };

    private static ConsultedSource Consulted(DeskSource source) => new()
    {
        Id = "ds-" + source.Id,
        Source = source.Id,
        Citation = "Synthetic citation of " + source.Id,
    };

    private static Informant Interviewee(int n, string type, string locality) => new()
    {
        Code = "K-" + n.ToString("D6", CultureInfo.InvariantCulture),
        Type = type,
        Locality = locality,
        Consent = new Consent(true, "2025-02-01", true),
    };

    private static void AddAnswers(
        AssessmentFramework framework,
        Informant informant,
        ImmutableArray<Response>.Builder responses,
        SplitMix random)
    {
        var victim = informant.Type == WellKnownIds.VictimInformantType;
        foreach (var question in framework.Questions)
        {
            if (question.InformantTypes.Contains(informant.Type) && (!victim || question.VictimSafe))
            {
                responses.Add(Answer(framework, question, responses.Count, random) with
                {
                    Informant = informant.Code,
                    Locality = informant.Locality,
                });
            }
        }
    }

    private static void AddDeskAnswers(
        AssessmentFramework framework,
        ImmutableArray<ConsultedSource> desk,
        ImmutableArray<Response>.Builder responses,
        SplitMix random)
    {
        foreach (var question in framework.Questions)
        {
            foreach (var source in desk.Where(s => question.DeskSources.Contains(s.Source)))
            {
                responses.Add(Answer(framework, question, responses.Count, random) with
                {
                    DeskSource = source.Id,
                });
            }
        }
    }

    private static Response Answer(
        AssessmentFramework framework,
        Question question,
        int n,
        SplitMix random) =>
        new()
        {
            Id = "r-" + (n + 1).ToString("D7", CultureInfo.InvariantCulture),
            Question = question.Id,
            Rating = RatingFor(framework.RatingScale, question, random),
            Notes = Notes[random.Next(Notes.Length)],
            Drivers = Pick(question.Drivers, random),
            Solutions = random.Next(4) == 0 && !framework.Solutions.IsEmpty
                ? ImmutableArray.Create(new SolutionProposal(
                    framework.Solutions[random.Next(framework.Solutions.Length)].Id, null))
                : ImmutableArray<SolutionProposal>.Empty,
            CollectedOn = "2025-03-" + (1 + random.Next(28)).ToString("D2", CultureInfo.InvariantCulture),
        };

    private static Rating RatingFor(RatingScale scale, Question question, SplitMix random)
    {
        var roll = random.Next(20);
        if (roll == 0)
        {
            return Rating.Unknown;
        }

        if (!question.IsScored)
        {
            return roll == 1 ? Rating.NotApplicable : Rating.None;
        }

        return Rating.AtLevel(scale.MinLevel + random.Next(scale.MaxLevel - scale.MinLevel + 1));
    }

    // Up to two distinct drivers of those the framework links to the question.
    private static ImmutableArray<string> Pick(ImmutableArray<string> drivers, SplitMix random)
    {
        if (drivers.IsDefaultOrEmpty)
        {
            return ImmutableArray<string>.Empty;
        }

        var first = random.Next(drivers.Length);
        var count = random.Next(3);
        var picked = new List<string>(2);
        for (var i = 0; i < count && i < drivers.Length; i++)
        {
            picked.Add(drivers[(first + i) % drivers.Length]);
        }

        return picked.ToImmutableArray();
    }

    private static readonly string[] Notes =
    [
        "Officers say the referral form exists but is rarely used.",
        "Two cases were referred last year; both waited weeks for shelter.",
        "No budget line; the committee meets when a case arises.",
        "Training happened once in 2023; most current staff did not attend.",
        "Works well in the district centre, hardly at all in the hills.",
    ];

    // A small, seeded generator whose sequence never depends on the runtime's Random.
    private sealed class SplitMix(ulong state)
    {
        private ulong _state = state;

        public int Next(int bound)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }
    }
}
