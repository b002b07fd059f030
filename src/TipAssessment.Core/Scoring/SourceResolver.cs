using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TipAssessment.Assessments;
using TipAssessment.Framework;

namespace TipAssessment.Scoring;

/// <summary>
/// Decides, per response, whether it may count and who it comes from. Informants and consulted sources are
/// looked up once each in dictionaries built from the assessment.
/// </summary>
internal sealed class SourceResolver
{
    private readonly ImmutableArray<Question> _questionList;
    private readonly IdCache<int> _questions;
    private readonly Dictionary<string, Resolved> _informants;
    private readonly Dictionary<string, Resolved> _desk = new(StringComparer.Ordinal);
    private string? _lastInformant;
    private Resolved _lastResolved;

    public SourceResolver(AssessmentFramework framework, Assessment assessment, SourceKeys keys)
    {
        _questionList = framework.Questions;
        _informants = new Dictionary<string, Resolved>(assessment.Informants.Length, StringComparer.Ordinal);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var q = 0; q < _questionList.Length; q++)
        {
            if (!positions.ContainsKey(_questionList[q].Id))
            {
                positions.Add(_questionList[q].Id, q);
            }
        }

        _questions = new IdCache<int>(id => positions.TryGetValue(id, out var found) ? found : -1);
        var ordinal = 0;
        foreach (var informant in assessment.Informants)
        {
            if (!_informants.ContainsKey(informant.Code))
            {
                _informants.Add(informant.Code, ResolveInformant(informant, keys, ordinal++));
            }
            else if (!informant.HasConsent())
            {
                // A code listed twice (only in a model built in code: import refuses it), once without
                // consent: which entry gave which answer cannot be told, so none counts, as none is shared.
                _informants[informant.Code] = Resolved.Fail(ExclusionReasons.NoConsent);
            }
        }

        foreach (var consulted in assessment.DeskSources)
        {
            if (!_desk.ContainsKey(consulted.Id))
            {
                var key = keys.DeskKey(consulted.Source);
                _desk.Add(consulted.Id, key < 0
                    ? Resolved.Fail(ExclusionReasons.UnknownDeskSource)
                    : new Resolved(new SourceRef(key, -1, ordinal++, isInformant: false), null, false));
            }
        }

        SourceCount = ordinal;
        SourceTable = new SourceRef[ordinal];
        foreach (var resolved in _informants.Values)
        {
            Register(resolved);
        }

        foreach (var resolved in _desk.Values)
        {
            Register(resolved);
        }
    }

    /// <summary>The source of each ordinal handed to a source that can count.</summary>
    public SourceRef[] SourceTable { get; }

    /// <summary>The number of distinct source ordinals handed out (informants, then consulted
    /// sources).</summary>
    public int SourceCount { get; }

    /// <summary>Returns why the response cannot count, or null with its source and its question's position
    /// in the framework's list.</summary>
    public string? Resolve(Response response, out SourceRef source, out int questionPosition)
    {
        source = default;
        questionPosition = -1;
        var resolved = Lookup(response);
        if (resolved.Reason is not null)
        {
            return resolved.Reason;
        }

        questionPosition = _questions.Find(response.Question);
        if (questionPosition < 0)
        {
            return ExclusionReasons.UnknownQuestion;
        }

        var question = _questionList[questionPosition];
        if (resolved.IsVictim && !question.VictimSafe)
        {
            // Do no harm: such an answer should never have been sought, so it is never used.
            return ExclusionReasons.UnsafeForVictim;
        }

        source = resolved.Source;
        return null;
    }

    private void Register(Resolved resolved)
    {
        if (resolved.Reason is null)
        {
            SourceTable[resolved.Source.Ordinal] = resolved.Source;
        }
    }

    private static Resolved ResolveInformant(Informant informant, SourceKeys keys, int ordinal)
    {
        if (!informant.HasConsent())
        {
            return Resolved.Fail(ExclusionReasons.NoConsent);
        }

        var key = keys.TypeKey(informant.Type);
        if (key < 0)
        {
            return Resolved.Fail(ExclusionReasons.UnknownInformantType);
        }

        var isVictim = string.Equals(
            informant.Type, WellKnownIds.VictimInformantType, StringComparison.Ordinal);
        var source = new SourceRef(key, keys.GroupOfKey[key], ordinal, isInformant: true);
        return new Resolved(source, null, isVictim);
    }

    private Resolved Lookup(Response response)
    {
        if ((response.Informant is null) == (response.DeskSource is null))
        {
            return Resolved.Fail(ExclusionReasons.UnknownInformant);
        }

        if (response.Informant is not null)
        {
            return LookupInformant(response.Informant);
        }

        return _desk.TryGetValue(response.DeskSource!, out var desk)
            ? desk
            : Resolved.Fail(ExclusionReasons.UnknownDeskSource);
    }

    private Resolved LookupInformant(string code)
    {
        // An informant's answers usually come one after another: comparing with the last code is cheaper
        // than hashing it again, which counts at millions of responses.
        if (!string.Equals(code, _lastInformant, StringComparison.Ordinal))
        {
            _lastResolved = _informants.TryGetValue(code, out var informant)
                ? informant
                : Resolved.Fail(ExclusionReasons.UnknownInformant);
            _lastInformant = code;
        }

        return _lastResolved;
    }

    private readonly struct Resolved
    {
        public Resolved(SourceRef source, string? reason, bool isVictim)
        {
            Source = source;
            Reason = reason;
            IsVictim = isVictim;
        }

        public SourceRef Source { get; }

        public string? Reason { get; }

        public bool IsVictim { get; }

        public static Resolved Fail(string reason) => new(default, reason, false);
    }
}
