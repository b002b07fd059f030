using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TipAssessment.Framework;

namespace TipAssessment.Scoring;

/// <summary>
/// Numbers the sources a rating can come from: the framework's informant types first, then its desk sources,
/// so counts can live in small arrays instead of dictionaries.
/// </summary>
internal sealed class SourceKeys
{
    private readonly Dictionary<string, int> _typeKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _deskKeys = new(StringComparer.Ordinal);

    public SourceKeys(AssessmentFramework framework)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < framework.PerspectiveGroups.Length; g++)
        {
            groups[framework.PerspectiveGroups[g].Id] = g;
        }

        var ids = new List<string>();
        var groupOf = new List<int>();
        foreach (var type in framework.InformantTypes)
        {
            if (!_typeKeys.ContainsKey(type.Id))
            {
                _typeKeys.Add(type.Id, ids.Count);
                ids.Add(type.Id);
                groupOf.Add(groups.TryGetValue(type.PerspectiveGroup ?? string.Empty, out var g) ? g : -1);
            }
        }

        InformantTypeCount = ids.Count;
        foreach (var source in framework.DeskSources)
        {
            if (!_deskKeys.ContainsKey(source.Id))
            {
                _deskKeys.Add(source.Id, ids.Count);
                ids.Add(source.Id);
                groupOf.Add(-1);
            }
        }

        Ids = ids.ToImmutableArray();
        GroupOfKey = groupOf.ToArray();
    }

    /// <summary>Informant type ids, then desk source ids.</summary>
    public ImmutableArray<string> Ids { get; }

    public int Count => Ids.Length;

    public int InformantTypeCount { get; }

    /// <summary>The perspective group of each key; -1 for desk sources and types without a known
    /// group.</summary>
    public int[] GroupOfKey { get; }

    public int TypeKey(string typeId) => _typeKeys.TryGetValue(typeId, out var key) ? key : -1;

    public int DeskKey(string sourceId) => _deskKeys.TryGetValue(sourceId, out var key) ? key : -1;

    /// <summary>The weight of each key from the options (1 when not listed).</summary>
    public double[] Weights(ScoringOptions options)
    {
        var weights = new double[Count];
        for (var key = 0; key < Count; key++)
        {
            weights[key] = ScoringOptions.WeightOf(options.SourceWeights, Ids[key]);
        }

        return weights;
    }
}
