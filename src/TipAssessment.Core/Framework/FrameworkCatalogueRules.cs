using TipAssessment.Problems;
using TipAssessment.Serialization;

namespace TipAssessment.Framework;

/// <summary>
/// Rules on the framework's catalogues: scale, pillars, areas, informants, sources, drivers, solutions.
/// </summary>
internal static class FrameworkCatalogueRules
{
    public static void CheckScaleAndPillars(FrameworkValidationRun run)
    {
        var f = run.Framework;
        CheckLevels(run);
        run.CheckUniqueIds(f.Pillars, p => p.Id, "/pillars", "pillar");
        run.CheckUniqueIds(f.Areas, a => a.Id, "/areas", "area");
        var areas = f.Areas.OrEmpty();
        for (var i = 0; i < areas.Length; i++)
        {
            var pointer = JsonPointers.Append(JsonPointers.Append("/areas", i), "pillar");
            run.CheckReference(areas[i].Pillar, run.Pillars, ProblemCodes.UnknownPillar, pointer, "pillar");
        }
    }

    public static void CheckInformantsAndSources(FrameworkValidationRun run)
    {
        var f = run.Framework;
        run.CheckUniqueIds(f.PerspectiveGroups, g => g.Id, "/perspectiveGroups", "perspective group");
        run.CheckUniqueIds(f.InformantTypes, t => t.Id, "/informantTypes", "informant type");
        var types = f.InformantTypes.OrEmpty();
        for (var i = 0; i < types.Length; i++)
        {
            var pointer = JsonPointers.Append("/informantTypes", i);
            run.CheckReference(
                types[i].PerspectiveGroup,
                run.PerspectiveGroups,
                ProblemCodes.UnknownPerspectiveGroup,
                JsonPointers.Append(pointer, "perspectiveGroup"),
                "perspective group");
            run.CheckUniqueIds(
                types[i].Subtypes,
                s => s.Id,
                JsonPointers.Append(pointer, "subtypes"),
                "subtype");
        }

        run.CheckUniqueIds(f.DeskSources, s => s.Id, "/deskSources", "desk source");
        run.CheckUniqueIds(f.Instruments, s => s.Id, "/instruments", "instrument");
    }

    public static void CheckDriversAndSolutions(FrameworkValidationRun run)
    {
        var f = run.Framework;
        run.CheckUniqueIds(f.Drivers, d => d.Id, "/drivers", "driver");
        run.CheckUniqueIds(f.Solutions, s => s.Id, "/solutions", "solution");
        var solutions = f.Solutions.OrEmpty();
        for (var i = 0; i < solutions.Length; i++)
        {
            var pointer = JsonPointers.Append("/solutions", i);
            if (solutions[i].Addresses.OrEmpty().IsEmpty)
            {
                run.Error(
                    ProblemCodes.NothingLinked,
                    JsonPointers.Append(pointer, "addresses"),
                    $"The solution '{solutions[i].Id}' addresses no driver; list the drivers it addresses.");
            }

            var addresses = JsonPointers.Append(pointer, "addresses");
            run.CheckReferences(
                solutions[i].Addresses,
                run.Drivers,
                ProblemCodes.UnknownDriver,
                addresses,
                "driver");
            var areas = JsonPointers.Append(pointer, "areas");
            run.CheckReferences(
                solutions[i].Areas,
                run.Areas,
                ProblemCodes.UnknownArea,
                areas,
                "gap-analysis area");
        }
    }

    private static void CheckLevels(FrameworkValidationRun run)
    {
        var levels = run.Framework.RatingScale?.Levels.OrEmpty() ?? default;
        if (levels.IsDefaultOrEmpty)
        {
            run.Error(
                ProblemCodes.RatingLevelsNotConsecutive,
                "/ratingScale/levels",
                "The rating scale has no levels; give it levels numbered from 0.");
            return;
        }

        for (var i = 0; i < levels.Length; i++)
        {
            var pointer = JsonPointers.Append("/ratingScale/levels", i);
            if (levels[i].Level != i)
            {
                run.Error(
                    ProblemCodes.RatingLevelsNotConsecutive,
                    JsonPointers.Append(pointer, "level"),
                    $"Level {levels[i].Level} stands at position {i}; number the levels 0, 1, 2... lowest "
                        + "first.");
            }
        }

        run.CheckUniqueIds(levels, l => l.Id, "/ratingScale/levels", "rating level");
    }
}
