using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Gaps;
using TipAssessment.Redaction;
using TipAssessment.Reports;
using TipAssessment.Rounds;
using TipAssessment.Serialization;

namespace TipAssessment.Cli;

/// <summary>
/// <c>analyze &lt;assessment&gt;</c>: scores an assessment, derives its gap chart and writes it as Markdown
/// (the default), HTML, CSV of the gap rows, long-format CSV of the scores, or the analysis JSON document.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(Option<string?> frameworkOption, CliConsole console)
    {
        var o = new AnalyzeOptions();
        var command = new Command(
            "analyze", "Score an assessment and write its gap chart (standard output unless --out).");
        command.Arguments.Add(o.File);
        var options = new Option[]
        {
            o.Areas, o.Localities, o.Baseline, o.Format, o.Out, o.Language, o.Shareable, o.K,
        };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        // Checked with the other argument errors, before any file is read.
        command.Validators.Add(result =>
        {
            var shareable = result.GetValue(o.Shareable);
            if (shareable && result.GetResult(o.Baseline) is not null)
            {
                result.AddError("--shareable cannot be combined with --baseline.");
            }

            if (!shareable && result.GetResult(o.K) is { Implicit: false })
            {
                result.AddError("--k applies only with --shareable: it sets how few informants make a " +
                    "figure suppressed, and without --shareable none is. Add --shareable, or leave --k out.");
            }
        });
        command.SetAction(parsed =>
        {
            var framework = Documents.LoadFramework(parsed.GetValue(frameworkOption), console);
            return Run(parsed, o, framework, console);
        });
        return command;
    }

    private static int Run(
        ParseResult parsed,
        AnalyzeOptions o,
        AssessmentFramework framework,
        CliConsole console)
    {
        var path = parsed.GetValue(o.File)!;
        var format = parsed.GetValue(o.Format)!;
        var report = LanguageChoice.Options(framework, parsed.GetValue(o.Language), console);
        console.Progress($"reading {path}");
        var assessment = Documents.LoadAssessment(path, framework, console);
        var baselinePath = parsed.GetValue(o.Baseline);
        var baseline = baselinePath is null
            ? null
            : Documents.LoadAssessment(baselinePath, framework, console);
        if (baseline is not null)
        {
            // Comparing the wrong documents still gives plausible numbers: warn, and go on.
            Documents.PrintProblems(baselinePath!, RoundChecks.Check(baseline, assessment), console.Err);
            if ((baseline.Redaction is null) != (assessment.Redaction is null))
            {
                // The library refuses this as a caller's mistake; for the tool it is the user's choice of
                // files.
                throw CliFailure.BadArguments(
                    "one round is a redacted (shareable) copy and the other is not, so they cannot be " +
                    "compared; compare two originals, or two redacted copies.");
            }
        }

        var gaps = GapOptions.Default with
        {
            Areas = Checked(parsed.GetValue(o.Areas), framework.Areas.Select(a => a.Id), "area"),
            Localities = Checked(
                parsed.GetValue(o.Localities), assessment.Localities.Select(l => l.Id), "locality"),
        };
        console.Progress($"scoring {assessment.Responses.Length} responses");
        var options = AnalysisOptions.Default with { Gaps = gaps, Baseline = baseline };
        if (parsed.GetValue(o.Shareable))
        {
            return Shareable(parsed, o, framework, assessment, options, report, console);
        }

        var analysis = AssessmentAnalyzer.Analyze(framework, assessment, options);
        console.Progress($"writing {format}");
        console.WriteResult(Render(analysis, format, report), parsed.GetValue(o.Out));
        return ExitCodes.Ok;
    }

    /// <summary>A shared analysis in any format; without an explicit --format it is JSON, the form a
    /// partner's system reads. Never with a baseline: the command's validator refuses the two
    /// together.</summary>
    private static int Shareable(
        ParseResult parsed,
        AnalyzeOptions o,
        AssessmentFramework framework,
        Assessment assessment,
        AnalysisOptions options,
        ReportOptions report,
        CliConsole console)
    {
        var explicitFormat = parsed.GetResult(o.Format) is { Implicit: false };
        var format = explicitFormat ? parsed.GetValue(o.Format)! : "json";
        var redaction = new RedactionOptions { MinimumCellSize = parsed.GetValue(o.K) };
        var shared = SharedAnalysis.Create(framework, assessment, options, redaction);
        console.WriteResult(Render(shared, format, report), parsed.GetValue(o.Out));
        return ExitCodes.Ok;
    }

    /// <summary>Ids given on the command line, each checked against those that exist; repeats are
    /// dropped.</summary>
    private static ImmutableArray<string> Checked(string[]? given, IEnumerable<string> known, string what)
    {
        var ids = known.ToList();
        var wanted = given ?? Array.Empty<string>();
        var unknown = wanted.FirstOrDefault(id => !ids.Contains(id, StringComparer.Ordinal));
        if (unknown is not null)
        {
            var choices = string.Join(", ", ids);
            throw CliFailure.BadArguments($"there is no {what} '{unknown}'; choose from: {choices}.");
        }

        return wanted.Distinct(StringComparer.Ordinal).ToImmutableArray();
    }

    private static string Render(AssessmentAnalysis analysis, string format, ReportOptions options) =>
        format switch
        {
            "html" => HtmlReport.Render(analysis, options),
            "csv" => GapCsv.Render(analysis, options),
            "scores-csv" => ScoresCsv.Render(analysis, options),
            "json" => AnalysisJson.Export(analysis),
            _ => MarkdownReport.Render(analysis, options),
        };

    private static string Render(SharedAnalysis shared, string format, ReportOptions options) =>
        format switch
        {
            "html" => HtmlReport.Render(shared, options),
            "csv" => GapCsv.Render(shared, options),
            "scores-csv" => ScoresCsv.Render(shared, options),
            "json" => SharedAnalysisJson.Export(shared),
            _ => MarkdownReport.Render(shared, options),
        };
}
