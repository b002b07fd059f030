using System;
using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Reports;

namespace TipAssessment.Cli;

/// <summary>Turns <c>--language</c> into report options, warning when the framework has no such
/// translation.</summary>
internal static class LanguageChoice
{
    public static ReportOptions Options(AssessmentFramework framework, string? language, CliConsole console)
    {
        if (string.IsNullOrEmpty(language))
        {
            return ReportOptions.Default;
        }

        var primary = language.Split('-')[0];
        var known = framework.Translations.Keys.Append(framework.DefaultLanguage)
            .Any(k => Same(k, language) || Same(k, primary));
        if (!known)
        {
            var available = string.Join(", ", framework.Translations.Keys.Prepend(framework.DefaultLanguage));
            console.Error($"tipassess: warning: the framework has no '{language}' translation; " +
                $"texts stay in '{framework.DefaultLanguage}' (languages: {available}).");
        }

        return new ReportOptions { Language = language };
    }

    private static bool Same(string a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);
}
