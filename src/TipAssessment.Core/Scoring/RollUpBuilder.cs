using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using TipAssessment.Framework;
using TipAssessment.Problems;

namespace TipAssessment.Scoring;

/// <summary>
/// Builds one scope's tree: questions into topics, sections, pillars and the assessment, each a weighted mean
/// of its children, with coverage, bands and red-flag caps.
/// </summary>
internal sealed class RollUpBuilder
{
    private const string AssessmentScope = "assessment";

    private readonly ScoringContext _context;
    private readonly Dictionary<string, List<RedFlagRule>> _pillarRules = new(StringComparer.Ordinal);
    private readonly List<RedFlagRule> _assessmentRules = new();
    private readonly CoverageCounter _coverage;

    // What a node covers does not depend on the scope: worked out for the first scope, shared by the rest.
    private readonly Dictionary<object, List<string>> _questionsOf = new(ByIdentity.Instance);
    private readonly Dictionary<string, List<string>> _leafQuestions = new(StringComparer.Ordinal);
    private readonly object _root = new();

    public RollUpBuilder(ScoringContext context)
    {
        _context = context;
        _coverage = new CoverageCounter(context);
        var rules = context.Framework.RedFlags;
        var problems = ImmutableArray.CreateBuilder<Problem>();
        for (var i = 0; i < rules.Length; i++)
        {
            if (context.BandIndex(rules[i].CapsBand) < 0)
            {
                problems.Add(UnknownBand(rules[i], i));
            }
            else
            {
                Register(rules[i]);
            }
        }

        Problems = problems.ToImmutable();
    }

    /// <summary>Red-flag rules the options' bands cannot apply, as warnings.</summary>
    public ImmutableArray<Problem> Problems { get; }

    public RollUp Build(ScoreScope scope)
    {
        var framework = _context.Framework;
        var pillars = new List<Built>(framework.Pillars.Length);
        foreach (var pillar in framework.Pillars)
        {
            pillars.Add(Pillar(pillar, scope));
        }

        var id = _context.Index.Assessment.Id;
        var root = Node(_root, RollUpKind.Assessment, id, 1, pillars, scope, _assessmentRules);
        return new RollUp(scope, root.Node);
    }

    private static Problem UnknownBand(RedFlagRule rule, int position) => Problem.Warning(
        ProblemCodes.UnknownCapBand,
        "/redFlags/" + position.ToString(CultureInfo.InvariantCulture) + "/capsBand",
        $"Red flag {rule.Id} caps at band \"{rule.CapsBand}\", which the scoring options do not define; " +
        "the rule was not applied. Add the band to ScoringOptions.Bands or use the default bands.");

    private void Register(RedFlagRule rule)
    {
        if (string.Equals(rule.Scope, AssessmentScope, StringComparison.Ordinal))
        {
            _assessmentRules.Add(rule);
            return;
        }

        var pillars = _context.Framework.PlacementsOf(rule.Question)
            .Select(p => p.Section.Pillar)
            .Distinct(StringComparer.Ordinal);
        foreach (var pillar in pillars)
        {
            if (!_pillarRules.TryGetValue(pillar, out var list))
            {
                _pillarRules.Add(pillar, list = new List<RedFlagRule>());
            }

            list.Add(rule);
        }
    }

    private Built Pillar(Pillar pillar, ScoreScope scope)
    {
        var sections = new List<Built>();
        foreach (var section in _context.Framework.Sections)
        {
            if (string.Equals(section.Pillar, pillar.Id, StringComparison.Ordinal))
            {
                sections.Add(Section(section, scope));
            }
        }

        var weight = ScoringOptions.WeightOf(_context.Options.PillarWeights, pillar.Id);
        _pillarRules.TryGetValue(pillar.Id, out var rules);
        return Node(pillar, RollUpKind.Pillar, pillar.Id, weight, sections, scope, rules);
    }

    private Built Section(Section section, ScoreScope scope)
    {
        var topics = new List<Built>(section.Topics.Length);
        foreach (var topic in section.Topics)
        {
            topics.Add(Topic(topic, scope));
        }

        var weight = ScoringOptions.WeightOf(_context.Options.SectionWeights, section.Id);
        return Node(section, RollUpKind.Section, section.Id, weight, topics, scope, null);
    }

    private Built Topic(Topic topic, ScoreScope scope)
    {
        // A topic's node covers exactly these questions, so the node below finds them under the same key.
        if (!_questionsOf.TryGetValue(topic, out var scored))
        {
            scored = topic.Questions
                .Where(id => _context.Framework.FindQuestion(id)?.IsScored == true)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            _questionsOf.Add(topic, scored);
        }

        var leaves = new List<Built>(scored.Count);
        foreach (var id in scored)
        {
            leaves.Add(Leaf(id, scope));
        }

        var weight = ScoringOptions.WeightOf(_context.Options.TopicWeights, topic.Id);
        return Node(topic, RollUpKind.Topic, topic.Id, weight, leaves, scope, null);
    }

    private Built Leaf(string questionId, ScoreScope scope)
    {
        var normalised = _context.Score(questionId, scope)?.Normalised;
        if (!_leafQuestions.TryGetValue(questionId, out var questions))
        {
            questions = new List<string> { questionId };
            _leafQuestions.Add(questionId, questions);
        }

        var node = new RollUpNode
        {
            Kind = RollUpKind.Question,
            Id = questionId,
            Weight = ScoringOptions.WeightOf(_context.Options.QuestionWeights, questionId),
            Normalised = normalised,
            Band = normalised is null ? null : _context.BandOf(normalised.Value),
            UncappedBand = normalised is null ? null : _context.BandOf(normalised.Value),
            Coverage = _coverage.Of(questions, scope),
        };
        return new Built(node, questions);
    }

    private Built Node(
        object part,
        RollUpKind kind,
        string id,
        double weight,
        List<Built> children,
        ScoreScope scope,
        List<RedFlagRule>? rules)
    {
        if (!_questionsOf.TryGetValue(part, out var questions))
        {
            questions = children.SelectMany(c => c.Questions).Distinct(StringComparer.Ordinal).ToList();
            _questionsOf.Add(part, questions);
        }

        var normalised = WeightedMean(children);
        var uncapped = normalised is null ? null : _context.BandOf(normalised.Value);
        var caps = Caps(uncapped, rules, scope);
        var node = new RollUpNode
        {
            Kind = kind,
            Id = id,
            Weight = weight,
            Normalised = normalised,
            UncappedBand = uncapped,
            Band = CappedBand(uncapped, caps),
            Caps = caps,
            Coverage = _coverage.Of(questions, scope),
            Children = Nodes(children),
        };
        return new Built(node, questions);
    }

    private static ImmutableArray<RollUpNode> Nodes(List<Built> children)
    {
        var nodes = new RollUpNode[children.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = children[i].Node;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(nodes);
    }

    private static double? WeightedMean(List<Built> children)
    {
        double sum = 0;
        double weights = 0;
        foreach (var child in children)
        {
            if (child.Node.Normalised is double value && child.Node.Weight > 0)
            {
                sum += child.Node.Weight * value;
                weights += child.Node.Weight;
            }
        }

        // Clamp guards the last-bit rounding of the division, so a mean never leaves 0-100.
        return weights > 0 ? Math.Min(100, Math.Max(0, sum / weights)) : null;
    }

    private string? CappedBand(string? uncapped, ImmutableArray<BandCap> caps)
    {
        if (uncapped is null || caps.Length == 0)
        {
            return uncapped;
        }

        var lowest = caps.Select(c => _context.BandIndex(c.CapsBand))
            .Append(_context.BandIndex(uncapped))
            .Min();
        return _context.Options.Bands[lowest].Id;
    }

    private ImmutableArray<BandCap> Caps(string? uncapped, List<RedFlagRule>? rules, ScoreScope scope)
    {
        if (uncapped is null || rules is null || rules.Count == 0)
        {
            return ImmutableArray<BandCap>.Empty;
        }

        var caps = ImmutableArray.CreateBuilder<BandCap>();
        foreach (var rule in rules)
        {
            var level = _context.Score(rule.Question, scope)?.Level;
            if (level is double value && value <= rule.AtOrBelowLevel)
            {
                var lowered = _context.BandIndex(rule.CapsBand) < _context.BandIndex(uncapped);
                caps.Add(new BandCap(
                    rule.Id, rule.Question, value, rule.AtOrBelowLevel, rule.CapsBand, lowered, rule.Reason));
            }
        }

        return caps.ToImmutable();
    }

    /// <summary>Compares framework parts by identity: each is one instance, and ids of different kinds may
    /// be the same.</summary>
    private sealed class ByIdentity : IEqualityComparer<object>
    {
        public static readonly ByIdentity Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    private readonly struct Built
    {
        public Built(RollUpNode node, List<string> questions)
        {
            Node = node;
            Questions = questions;
        }

        public RollUpNode Node { get; }

        public List<string> Questions { get; }
    }
}
