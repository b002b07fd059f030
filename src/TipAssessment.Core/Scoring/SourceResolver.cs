using System;
using System.Collections.Generic;
using TipAssessment.Assessments;
using TipAssessment.Framework;

namespace TipAssessment.Scoring;

/// <summary>
/// Decides, per response, whether it may count and who it comes from. Informants and consulted sources are
/// looked up once each in dictionaries built from the assessment.
/// </summary>
internal sealed class SourceResolver
{
    private readonly AssessmentFramework _framework;
    private readonly Dictionary<string, Resolved> _informants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Resolved> _desk = new(StringComparer.Ordinal);
    private string? _lastInformant;
    private Resolved _lastResolved;

    public SourceResolver(AssessmentFramework framework, Assessment assessment, SourceKeys keys)
    {
        _framework = framework;
        var ordinal = 0;
        foreach (var informant in assessment.Informants)
        {
            if (!_informants.ContainsKey(informant.Code))
            {
                _informants.Add(informant.Code, ResolveInformant(informant, keys, ordinal++));
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
    }

    /// <summary>The number of distinct source ordinals handed out (informants, then consulted
    /// sources).</summary>
    public int SourceCount { get; }

    /// <summary>Returns why the response cannot count, or null with its source and question.</summary>
    public string? Resolve(Response response, out SourceRef source, out Question? question)
    {
        source = default;
        question = null;
        var resolved = Lookup(response);
        if (resolved.Reason is not null)
        {
            return resolved.Reason;
        }

        question = _framework.FindQuestion(response.Question);
        if (question is null)
        {
            return ExclusionReasons.UnknownQuestion;
        }

        if (resolved.IsVictim && !question.VictimSafe)
        {
            // Do no harm: such an answer should never have been sought, so it is never used.
            return ExclusionReasons.UnsafeForVictim;
        }

        source = resolved.Source;
        return null;
    }

    private static Resolved ResolveInformant(Informant informant, SourceKeys keys, int ordinal)
    {
        if (informant.Consent is null || !informant.Consent.Given)
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
