#!/usr/bin/env dotnet
// A researcher's analysis in one file: load an assessment, score it, print the pillar scores per locality
// and the top gaps, and write the gap chart as HTML.
//   dotnet run analyze.cs [-- <assessment.json> [<chart.html>]]
// With no argument it reads the Nepal sample (reconstructed from public reports, not field data).
#:project ../../src/TipAssessment.Core/TipAssessment.Core.csproj

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Framework;
using TipAssessment.Reports;
using TipAssessment.Scoring;
using TipAssessment.Serialization;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var input = args.Length > 0
    ? args[0]
    : Path.Combine(here, "..", "..", "seeds", "samples", "nepal-reconstructed.assessment.json");

var framework = StandardFramework.Load();
var imported = AssessmentJson.ImportFile(input, framework);
if (imported.Value is null)
{
    imported.Problems.ToList().ForEach(p => Console.Error.WriteLine(p));
    return 1;
}

var analysis = AssessmentAnalyzer.Analyze(framework, imported.Value);

// Pillar scores (0-100, empty where no evidence) for each locality: one row per locality.
var pillars = framework.Pillars.Select(p => p.Id).ToList();
Console.WriteLine($"# {analysis.Assessment.Title}");
Console.WriteLine();
Console.WriteLine("| locality | " + string.Join(" | ", pillars) + " |");
Console.WriteLine("|---|" + string.Concat(pillars.Select(_ => "---:|")));
foreach (var rollUp in analysis.Scoring.RollUps.Where(r => r.Scope.Kind == ScopeKind.Locality))
{
    var scores = pillars.Select(id => rollUp.Root.Children
        .FirstOrDefault(c => c.Kind == RollUpKind.Pillar && c.Id == id)?.Normalised);
    var cells = scores.Select(s => s is null ? "" : s.Value.ToString("F0", CultureInfo.InvariantCulture));
    Console.WriteLine($"| {rollUp.Scope.Locality} | " + string.Join(" | ", cells) + " |");
}

Console.WriteLine();
Console.WriteLine("Top gaps (priority 0-100):");
foreach (var row in analysis.Gaps.Rows.OrderBy(r => r.Rank).Take(5))
{
    var priority = row.Priority.ToString("F1", CultureInfo.InvariantCulture);
    Console.WriteLine($"  {row.Rank}. {row.Id}  priority {priority}  localities {row.Localities.Length}");
}

var output = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "tipassessment-gap-chart.html");
File.WriteAllText(output, HtmlReport.Render(analysis));
Console.WriteLine();
Console.WriteLine($"Gap chart written to {output}");
return 0;
