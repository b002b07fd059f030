using System;
using System.Globalization;
using System.IO;
using System.Threading;
using TipAssessment.Analysis;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Serialization;

namespace TipAssessment.Tests.Reports;

/// <summary>The standard framework and the minimal sample assessment, analysed once for the report
/// tests.</summary>
internal static class ReportSamples
{
    private static readonly Lazy<Assessment> MinimalAssessment = new(() =>
        AssessmentJson.ImportFile(
            Path.Combine(AppContext.BaseDirectory, "seeds", "samples", "minimal.assessment.json"),
            StandardFramework.Load()).GetValueOrThrow());

    private static readonly Lazy<AssessmentAnalysis> MinimalAnalysed = new(() => Analyse(Minimal));

    public static AssessmentFramework Framework => StandardFramework.Load();

    public static Assessment Minimal => MinimalAssessment.Value;

    public static AssessmentAnalysis Analyse(Assessment assessment, AnalysisOptions? options = null) =>
        AssessmentAnalyzer.Analyze(Framework, assessment, options);

    public static AssessmentAnalysis MinimalAnalysis => MinimalAnalysed.Value;

    /// <summary>Runs <paramref name="render"/> with another current culture, to prove output does not depend
    /// on it.</summary>
    public static string InCulture(string name, Func<string> render)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
