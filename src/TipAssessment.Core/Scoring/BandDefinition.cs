namespace TipAssessment.Scoring;

/// <summary>
/// A named band of normalised scores, such as <c>weak</c>: it runs from <paramref name="MinScore"/>
/// (inclusive) up to the next band's minimum (exclusive); the highest band runs to 100 inclusive.
/// </summary>
/// <param name="Id">Stable id such as <c>critical</c>; red-flag rules name bands by this id.</param>
/// <param name="Label">Display label.</param>
/// <param name="MinScore">The lowest normalised score (0-100) in the band; the first band starts at
/// 0.</param>
public sealed record BandDefinition(string Id, string Label, double MinScore);
