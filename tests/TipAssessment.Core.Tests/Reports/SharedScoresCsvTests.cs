using System.Collections.Generic;
using System.Linq;
using TipAssessment.Redaction;
using TipAssessment.Reports;
using Xunit;

namespace TipAssessment.Tests.Reports;

/// <summary>Suppressed question scores in the shared long-format scores CSV.</summary>
public class SharedScoresCsvTests
{
    private const int Scope = 1;
    private const int Locality = 2;
    private const int Question = 7;
    private const int Band = 9;
    private const int Measure = 10;
    private const int Value = 11;

    [Fact]
    public void Render_SharedNepal_ASuppressedScoreShowsTheMarkAndNoneOfItsValues()
    {
        var shared = CsvText.Parse(ScoresCsv.Render(SharedReportSamples.Nepal, null)).Skip(1).ToList();
        var plain = CsvText.Parse(ScoresCsv.Render(SharedReportSamples.Nepal.Analysis)).Skip(1).ToList();
        var hidden = SharedReportSamples.Of(SuppressedCellKind.Score);
        var values = 0;

        Assert.NotEmpty(hidden);
        Assert.Equal(plain.Count, shared.Count);
        for (var i = 0; i < plain.Count; i++)
        {
            var cell = hidden.FirstOrDefault(c => c.Key == Key(plain[i]));
            if (cell is null)
            {
                Assert.Equal(plain[i], shared[i]);
                continue;
            }

            // The target level comes from the framework, not from informants.
            var target = plain[i][Measure] == "target_level";
            Assert.Equal(SharedReportSamples.Mark(cell), shared[i][Band]);
            Assert.Equal(target ? plain[i][Value] : string.Empty, shared[i][Value]);
            values += target || plain[i][Value].Length == 0 ? 0 : 1;
        }

        Assert.True(values > 0, "suppressed scores of the sample should have values to hide");
    }

    /// <summary>The suppression key, <c>question|scope</c>, with <c>locality:id</c> as a locality's
    /// scope.</summary>
    private static string Key(List<string> record) =>
        record[Question] + "|"
        + (record[Scope] == "locality" ? "locality:" + record[Locality] : record[Scope]);
}
