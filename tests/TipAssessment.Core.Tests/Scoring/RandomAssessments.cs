using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using TipAssessment.Assessments;

namespace TipAssessment.Tests.Scoring;

/// <summary>
/// FsCheck generators of assessments against <see cref="TinyFramework"/>: up to three localities, informants
/// of every type (some without consent), desk evidence, and responses with every kind of rating, drivers and
/// proposed solutions, on scored and descriptive questions.
/// </summary>
public static class RandomAssessments
{
    private static readonly string[] Types =
    {
        "law-enforcement", "government-agency", "civil-society", "service-provider", "victim",
    };

    private static readonly string[] Questions =
    {
        TinyFramework.LegalLaw, TinyFramework.LegalContext, TinyFramework.Training, TinyFramework.Sops,
        TinyFramework.Agreements, TinyFramework.Reporting, TinyFramework.Criminalisation,
        TinyFramework.Investigation, TinyFramework.EliteCapture,
    };

    private static readonly string[] Drivers =
    {
        "d.training", "d.sops", "d.victim-centred", "d.unaware", "d.coordination",
    };

    private static readonly string[] Solutions =
    {
        "s.train", "s.sops", "s.awareness", "s.victim-training", "s.workshops",
    };

    /// <summary>The arbitrary FsCheck uses for <see cref="Assessment"/> parameters.</summary>
    public static Arbitrary<Assessment> Assessment() => Arb.From(Generator());

    public static Gen<Assessment> Generator() =>
        from localities in Gen.Choose(0, 3)
        from informants in Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 99), 3), n))
        from responses in Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 99), 6), n))
        select Build(localities, informants, responses);

    private static Assessment Build(int localityCount, int[][] informants, int[][] responses)
    {
        var builder = new AssessmentBuilder("random");
        var localities = Enumerable.Range(0, localityCount).Select(i => "loc-" + i).ToArray();
        foreach (var locality in localities)
        {
            builder.Locality(locality);
        }

        builder.Desk("ds-law");
        for (var i = 0; i < informants.Length; i++)
        {
            var home = Locality(localities, informants[i][1]);
            builder.Informant(
                "K" + i,
                Types[informants[i][0] % Types.Length],
                home,
                consent: informants[i][2] >= 10);
        }

        foreach (var r in responses)
        {
            var fromDesk = r[0] % 9 == 0;
            var source = fromDesk ? "ds-law" : "K" + (r[0] % informants.Length);
            builder.Add(
                source,
                Questions[r[1] % Questions.Length],
                RatingOf(r[2]),
                Locality(localities, r[3]),
                r[4] % 6 == 5 ? null : new[] { Drivers[r[4] % 6 % Drivers.Length] },
                r[5] % 3 == 0 ? new[] { Proposal(r[5]) } : null,
                r[5] % 4 == 0 ? "a note" : null);
        }

        return builder.Build();
    }

    private static string? Locality(string[] localities, int pick) =>
        localities.Length == 0 || pick % (localities.Length + 1) == localities.Length
            ? null
            : localities[pick % (localities.Length + 1)];

    private static SolutionProposal Proposal(int pick) =>
        new(Solutions[pick % Solutions.Length], pick % 2 == 0 ? "text" : null);

    private static Rating RatingOf(int code) => (code % 8) switch
    {
        5 => Rating.Unknown,
        6 => Rating.NotApplicable,
        7 => Rating.None,
        var level => Rating.AtLevel(level),
    };
}
