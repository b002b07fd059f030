using System;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Framework;

namespace TipAssessment.Serialization;

/// <summary>The JSON names of the framework format's enumerations, both ways, in one place.</summary>
internal static class FrameworkJsonNames
{
    public const string Kind = "tipassessment.framework";

    public const string FormatVersion = "1.0";

    public const string SchemaId = "https://tipassessment.org/schemas/framework/1.0/framework.schema.json";

    public static readonly FrameworkJsonEnum<ResearchMode> ResearchModes = new(
        (ResearchMode.Desk, "desk"),
        (ResearchMode.Field, "field"),
        (ResearchMode.DeskAndField, "desk-and-field"));

    public static readonly FrameworkJsonEnum<QuestionMeasure> Measures = new(
        (QuestionMeasure.Scored, "scored"), (QuestionMeasure.Descriptive, "descriptive"));

    public static readonly FrameworkJsonEnum<TitleSource> TitleSources = new(
        (TitleSource.Seed, "seed"), (TitleSource.Inferred, "inferred"));

    public static readonly FrameworkJsonEnum<TimeHorizon> Horizons = new(
        (TimeHorizon.Short, "short"), (TimeHorizon.Medium, "medium"), (TimeHorizon.Long, "long"));

    public static readonly FrameworkJsonEnum<AreaMode> AreaModes = new(
        (AreaMode.Community, "community"), (AreaMode.National, "national"));

    public static readonly FrameworkJsonEnum<PillarKind> PillarKinds = new(
        (PillarKind.Legal, "legal"), (PillarKind.FourP, "four-p"));

    public static readonly FrameworkJsonEnum<DeskSourceKind> DeskSourceKinds = new(
        (DeskSourceKind.National, "national"),
        (DeskSourceKind.InternationalInstrument, "international-instrument"),
        (DeskSourceKind.Report, "report"));

    public static readonly FrameworkJsonEnum<QuestionOrigin> Origins = new(
        (QuestionOrigin.Standard, "standard"), (QuestionOrigin.Local, "local"));
}

/// <summary>The JSON names of one enumeration; lookups are ordinal (the format is case-sensitive).</summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class FrameworkJsonEnum<T>
    where T : struct, Enum
{
    private readonly ImmutableArray<(T Value, string Name)> _pairs;

    public FrameworkJsonEnum(params (T Value, string Name)[] pairs) => _pairs = pairs.ToImmutableArray();

    /// <summary>The accepted names, in declaration order, for messages.</summary>
    public string Names => string.Join(", ", _pairs.Select(p => "'" + p.Name + "'"));

    public string NameOf(T value)
    {
        foreach (var pair in _pairs)
        {
            if (pair.Value.Equals(value))
            {
                return pair.Name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "The value has no JSON name.");
    }

    public bool TryParse(string name, out T value)
    {
        foreach (var pair in _pairs)
        {
            if (string.Equals(pair.Name, name, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
