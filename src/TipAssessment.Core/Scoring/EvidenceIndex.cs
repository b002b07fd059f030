using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;

namespace TipAssessment.Scoring;

/// <summary>
/// Every response that counts, grouped once by question and scope in a single pass (dictionary lookups, no
/// scan per question), with the responses that count towards nothing and why.
/// </summary>
internal sealed class EvidenceIndex
{
    private readonly Dictionary<string, QuestionEvidence> _questions = new(StringComparer.Ordinal);
    private readonly Dictionary<Question, QuestionEvidence> _byQuestion = new(ByReference<Question>.Instance);
    private readonly ImmutableArray<ExcludedResponse>.Builder _excluded =
        ImmutableArray.CreateBuilder<ExcludedResponse>();
    private readonly Dictionary<string, int> _localityIndex = new(StringComparer.Ordinal);
    private int[]? _rank;
    private string? _lastLocality;
    private int _lastLocalityIndex = -1;

    private EvidenceIndex(AssessmentFramework framework, Assessment assessment)
    {
        Framework = framework;
        Assessment = assessment;
        MinLevel = framework.RatingScale.MinLevel;
        LevelCount = framework.RatingScale.MaxLevel - MinLevel + 1;
        Sources = new SourceRef[assessment.Responses.Length];
        LocalityOf = new int[assessment.Responses.Length];
        Ids = new string[assessment.Responses.Length];
        Keys = new SourceKeys(framework);
        foreach (var locality in assessment.Localities)
        {
            if (!_localityIndex.ContainsKey(locality.Id))
            {
                _localityIndex.Add(locality.Id, LocalityIds.Count);
                LocalityIds.Add(locality.Id);
            }
        }
    }

    public AssessmentFramework Framework { get; }

    public Assessment Assessment { get; }

    public int MinLevel { get; }

    /// <summary>The number of levels on the scale.</summary>
    public int LevelCount { get; }

    public SourceKeys Keys { get; }

    /// <summary>The declared localities' ids, first occurrence of each, in document order.</summary>
    public List<string> LocalityIds { get; } = new();

    /// <summary>The number of source ordinals (<see cref="SourceRef.Ordinal"/> is below it).</summary>
    public int SourceCount { get; private set; }

    /// <summary>Whether any counted response on a scored question names no locality.</summary>
    public bool HasNationalEvidence { get; private set; }

    /// <summary>Who each counted response comes from, by response index.</summary>
    public SourceRef[] Sources { get; }

    /// <summary>Each counted response's locality index in <see cref="LocalityIds"/>; -1 for national
    /// evidence.</summary>
    public int[] LocalityOf { get; }

    /// <summary>Every response's id, by response index: lists of ids are copied from this column.</summary>
    public string[] Ids { get; }

    /// <summary>The excluded responses in ordinal id order, so the input's order cannot show
    /// through.</summary>
    public ImmutableArray<ExcludedResponse> Excluded => _excluded
        .OrderBy(e => e.Response, StringComparer.Ordinal)
        .ThenBy(e => e.Reason, StringComparer.Ordinal)
        .ToImmutableArray();

    public static EvidenceIndex Build(AssessmentFramework framework, Assessment assessment)
    {
        var index = new EvidenceIndex(framework, assessment);
        var resolver = new SourceResolver(framework, assessment, index.Keys);
        index.SourceCount = resolver.SourceCount;
        index.Gather(resolver);
        index._rank = ResponseOrder.RankOrNull(index.Ids);
        return index;
    }

    /// <summary>The evidence on a scored question, or null when no response about it counts.</summary>
    public QuestionEvidence? Find(string questionId) =>
        _questions.TryGetValue(questionId, out var found) ? found : null;

    /// <summary>The tally of a question in a scope, or null when no response counts there.</summary>
    public Tally? Find(string questionId, ScoreScope scope)
    {
        var evidence = Find(questionId);
        return evidence is null ? null : scope.Kind switch
        {
            ScopeKind.Overall => evidence.Overall,
            ScopeKind.National => evidence.National,
            _ => _localityIndex.TryGetValue(scope.Locality!, out var i) ? evidence.ByLocality[i] : null,
        };
    }

    /// <summary>The response ids of the given response indices, in ordinal id order.</summary>
    public ImmutableArray<string> IdsOf(List<int> indices) =>
        ResponseOrder.Ids(Ids, indices, _rank);

    /// <summary>
    /// Every response of the tallies (rated or not), in ordinal id order, so lists built from them need no
    /// sort. Copied at their exact size: on millions of responses, growing buffers would churn the heap.
    /// </summary>
    public int[] InIdOrder(IReadOnlyCollection<Tally> tallies)
    {
        var all = new int[tallies.Sum(t => t.Rated.Count + t.Other.Count)];
        var at = 0;
        foreach (var tally in tallies)
        {
            tally.Rated.CopyTo(all, at);
            at += tally.Rated.Count;
            tally.Other.CopyTo(all, at);
            at += tally.Other.Count;
        }

        return ResponseOrder.SortInPlace(all, _rank);
    }

    /// <summary>The ids of response indices already in ordinal id order (from
    /// <see cref="InIdOrder"/>).</summary>
    public ImmutableArray<string> IdsInOrder(IReadOnlyList<int> sorted) =>
        ResponseOrder.IdsInOrder(Ids, sorted);

    private void Gather(SourceResolver resolver)
    {
        var responses = Assessment.Responses;
        for (var i = 0; i < responses.Length; i++)
        {
            var response = responses[i];
            Ids[i] = response.Id;
            var reason = resolver.Resolve(response, out var source, out var question);
            var locality = -1;
            if (reason is null && response.Locality is not null && !TryLocality(response.Locality, out locality))
            {
                reason = ExclusionReasons.UnknownLocality;
            }

            var level = response.Rating.Level;
            if (reason is null && level is not null && !Framework.RatingScale.Contains(level.Value))
            {
                reason = ExclusionReasons.OffScale;
            }

            if (reason is not null)
            {
                _excluded.Add(new ExcludedResponse(response.Id, reason));
            }
            else if (question!.IsScored)
            {
                Sources[i] = source;
                LocalityOf[i] = locality;
                Add(i, question, locality, source, response.Rating);
            }
        }
    }

    private bool TryLocality(string id, out int locality)
    {
        // Responses from one locality usually come together: comparing with the last id is cheaper than
        // hashing it again, which counts at millions of responses.
        if (!string.Equals(id, _lastLocality, StringComparison.Ordinal))
        {
            _lastLocalityIndex = _localityIndex.TryGetValue(id, out var found) ? found : -1;
            _lastLocality = id;
        }

        locality = _lastLocalityIndex;
        return locality >= 0;
    }

    private void Add(int index, Question question, int locality, SourceRef source, Rating rating)
    {
        if (!_byQuestion.TryGetValue(question, out var evidence))
        {
            evidence = new QuestionEvidence(question, _questions.Count, NewTally(), LocalityIds.Count);
            _questions.Add(question.Id, evidence);
            _byQuestion.Add(question, evidence);
        }

        var offset = rating.IsLevel ? rating.Level!.Value - MinLevel : 0;
        evidence.Overall.Add(index, source, rating, offset);
        Tally scoped;
        if (locality < 0)
        {
            HasNationalEvidence = true;
            scoped = evidence.National ??= NewTally();
        }
        else
        {
            scoped = evidence.ByLocality[locality] ??= NewTally();
        }

        scoped.Add(index, source, rating, offset);
    }

    private Tally NewTally() => new(Keys.Count, LevelCount, Framework.PerspectiveGroups.Length);
}
