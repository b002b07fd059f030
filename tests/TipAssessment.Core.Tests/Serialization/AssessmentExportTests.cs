using System;
using System.IO;
using System.Linq;
using System.Text;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>Export is deterministic: fixed member order, UTF-8 without BOM, LF, final newline.</summary>
public class AssessmentExportTests
{
    [Fact]
    public void Export_Sample_IsByteIdenticalToTheHandWrittenFile()
    {
        var bytes = File.ReadAllBytes(SampleFiles.Minimal);
        var imported = AssessmentJson.Import(new MemoryStream(bytes), StandardFramework.Load()).Value!;

        var exported = AssessmentJson.ExportUtf8(imported);

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(exported));
    }

    [Fact]
    public void ExportUtf8_StartsWithoutBomUsesOnlyLfAndEndsWithOneNewline()
    {
        var bytes = AssessmentJson.ExportUtf8(Sample());

        Assert.Equal((byte)'{', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[bytes.Length - 1]);
        Assert.NotEqual((byte)'\n', bytes[bytes.Length - 2]);
    }

    [Fact]
    public void Export_Compact_IsOneLineWithTheSameContent()
    {
        var assessment = Sample();

        var compact = AssessmentJson.Export(assessment, new AssessmentExportOptions { Indented = false });

        Assert.Single(compact.TrimEnd('\n').Split('\n'));
        var again = AssessmentJson.Import(compact, StandardFramework.Load()).Value!;
        Assert.Equal(AssessmentJson.Export(assessment), AssessmentJson.Export(again));
    }

    [Fact]
    public void Export_StringAndStreamAndBytes_AreTheSame()
    {
        var assessment = Sample();
        using var stream = new MemoryStream();

        AssessmentJson.Export(assessment, stream);

        Assert.Equal(AssessmentJson.ExportUtf8(assessment), stream.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(AssessmentJson.Export(assessment)), stream.ToArray());
    }

    [Fact]
    public void Export_NonAsciiText_IsWrittenAsItIsAndControlCharactersEscaped()
    {
        const string nepali = "\u0938\u093F\u0928\u094D\u0927\u0941";
        var assessment = Sample() with { Title = "Sindhupalchok " + nepali + " <b> & \"q\" \u0001" };

        var text = AssessmentJson.Export(assessment);

        var expected = "Sindhupalchok " + nepali + " <b> & \\\"q\\\" \\u0001";
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_EmptyOptionalCollections_AreLeftOut()
    {
        var assessment = Sample() with
        {
            Findings = System.Collections.Immutable.ImmutableArray<Finding>.Empty,
            Extensions = Sample().Extensions.Clear(),
            Assessors = System.Collections.Immutable.ImmutableArray<string>.Empty,
        };

        var text = AssessmentJson.Export(assessment);

        Assert.DoesNotContain("\"findings\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"assessors\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"org.example.fieldapp\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ExtensionValue_IsReindentedAndKeepsNumbersAsWritten()
    {
        var assessment = Sample() with
        {
            Extensions = Sample().Extensions.SetItem("org.example.numbers", "{\"big\":1e400,\"exact\":1.50}"),
        };

        var text = AssessmentJson.Export(assessment);

        const string expected =
            "\"org.example.numbers\": {\n      \"big\": 1e400,\n      \"exact\": 1.50\n    }";
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ExtensionThatIsNotJson_ThrowsNamingTheKey()
    {
        var assessment = Sample() with
        {
            Extensions = Sample().Extensions.SetItem("org.example.bad", "{oops"),
        };

        var e = Assert.Throws<ArgumentException>(() => AssessmentJson.Export(assessment));

        Assert.Contains("org.example.bad", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AssessmentJson.Export(null!));
        Assert.Throws<ArgumentNullException>(() => AssessmentJson.Export(Sample(), (Stream)null!));
    }

    [Fact]
    public void Export_MembersFollowTheFormatsOrder()
    {
        var names = System.Text.Json.JsonDocument.Parse(AssessmentJson.Export(Sample())).RootElement
            .EnumerateObject().Select(p => p.Name);

        Assert.Equal(
            new[]
            {
                "$schema", "kind", "formatVersion", "id", "title", "framework", "country", "provenance",
                "period", "organisation", "assessors", "localities", "deskSources", "informants", "responses",
                "findings", "extensions",
            },
            names);
    }

    private static Assessment Sample() =>
        AssessmentJson.ImportFile(SampleFiles.Minimal, StandardFramework.Load()).Value!;
}
