using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// Turns a failed list-format evaluation into problems: an unknown member is reported at the member
/// itself, a missing member at the pointer where it belongs, and the failures inside the branches of an
/// <c>anyOf</c> or <c>oneOf</c> as one problem at the value, worded from the schema's own
/// <c>description</c>, so that a person reads one sentence instead of each branch's complaint.
/// One mapper per evaluation; the work is linear in the number of evaluated nodes.
/// </summary>
internal sealed partial class SchemaProblemMapper
{
    private readonly JsonLocator _values;
    private readonly JsonLocator _schemaNodes;
    private readonly EvaluationIndex _index;
    private readonly Dictionary<(string Path, string Instance), Branches> _groups = new();

    private SchemaProblemMapper(JsonElement instance, JsonElement schema, EvaluationIndex index)
    {
        _values = new JsonLocator(instance);
        _schemaNodes = new JsonLocator(schema);
        _index = index;
    }

    /// <summary>Maps the failures, deduplicated and sorted as <see cref="ProblemLists"/> says.</summary>
    public static ImmutableArray<Problem> Map(
        EvaluationResults results,
        JsonElement instance,
        JsonElement schema)
    {
        var mapper = new SchemaProblemMapper(instance, schema, new EvaluationIndex(results));
        mapper.GroupCombinatorFailures();
        var problems = new List<Problem>();
        foreach (var failure in mapper._index.Failures)
        {
            if (!failure.TryGetCombinator(out _, out _) && !mapper.IsCoveredByGroup(failure))
            {
                problems.AddRange(mapper.MapOne(failure));
            }
        }

        foreach (var group in mapper._groups)
        {
            // The list format also reports the failed branches of an anyOf or oneOf that passed as a whole.
            var (path, at) = group.Key;
            var ownerPassed = mapper._index.TryGet(OwnerPath(path), at, out var owner) && owner.IsValid;
            if (!ownerPassed)
            {
                problems.Add(mapper.MapCombinator(group.Key.Path, group.Key.Instance, group.Value));
            }
        }

        problems.AddRange(mapper.OneOfOverlaps());
        return ProblemLists.Sorted(problems);
    }

    private void GroupCombinatorFailures()
    {
        foreach (var failure in _index.Failures)
        {
            if (failure.TryGetCombinator(out var path, out var branch))
            {
                var key = (path, CombinatorInstance(path, failure.Instance));
                if (!_groups.TryGetValue(key, out var list))
                {
                    list = new Branches();
                    _groups.Add(key, list);
                }

                list.Add((branch, failure));
            }
        }
    }

    // A oneOf's own "matched more than one" error is kept; its "matched none" twin is left to the group.
    private bool IsCoveredByGroup(SchemaFailure failure) =>
        failure.Keyword is "anyOf" or "oneOf"
        && _groups.ContainsKey((failure.EvaluationPath + "/" + failure.Keyword, failure.Instance));

    // JsonSchema.Net reports a oneOf that more than one branch matched as a failed node with no error
    // at all, so it is found by counting the branches that did not fail.
    private IEnumerable<Problem> OneOfOverlaps()
    {
        foreach (var node in _index.OneOfOwners.Where(n => !n.IsValid))
        {
            if (SchemaNode(node.SchemaPointer) is not { ValueKind: JsonValueKind.Object } s
                || !s.TryGetProperty("oneOf", out var branches) || branches.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var failed = _groups.TryGetValue((node.Path + "/oneOf", node.Instance), out var group)
                ? group.Select(g => g.Branch).Distinct().Count()
                : 0;
            if (branches.GetArrayLength() - failed >= 2)
            {
                yield return Problem.Error(ProblemCodes.SchemaViolation, node.Instance,
                    $"{SchemaWording.Subject(node.Instance)} matches more than one of the alternatives, but "
                    + $"must match exactly one. Expected: {Description(s) ?? "see the schema"}");
            }
        }
    }

    // The instance the combinator applies to: the longest prefix of the failure's at which its owner ran.
    private string CombinatorInstance(string combinatorPath, string failureInstance)
    {
        var ownerPath = OwnerPath(combinatorPath);
        for (var pointer = failureInstance; ; pointer = JsonPointers.Parent(pointer))
        {
            if (_index.TryGet(ownerPath, pointer, out _))
            {
                return pointer;
            }

            if (pointer.Length == 0)
            {
                return failureInstance;
            }
        }
    }

    // Wrong type when every branch failed on its type; worded from the owner's description when it has one.
    private Problem MapCombinator(string path, string instance, Branches failures)
    {
        var owner = SchemaNode(OwnerSchemaPointer(path, instance, failures[0].Failure));
        var keyword = path.Substring(path.LastIndexOf('/') + 1);
        var branchCount = owner is { ValueKind: JsonValueKind.Object } o
            && o.TryGetProperty(keyword, out var b)
            && b.ValueKind == JsonValueKind.Array
                ? b.GetArrayLength()
                : 0;
        var typeOnly = branchCount > 0 && Enumerable.Range(0, branchCount)
            .All(i => failures.Any(f => f.Branch == i && f.Failure.Keyword == "type"));
        var detail = Description(owner) ?? string.Join("; or ", failures
            .SelectMany(f => MapOne(f.Failure))
            .Select(p => p.Message)
            .Distinct()
            .OrderBy(m => m, StringComparer.Ordinal));
        return Problem.Error(
            typeOnly ? ProblemCodes.WrongType : ProblemCodes.SchemaViolation,
            instance,
            $"{SchemaWording.Subject(instance)} does not have an allowed form{ValueNote(instance)}. "
            + $"Expected: {detail}");
    }

    private string OwnerSchemaPointer(string path, string instance, SchemaFailure sample)
    {
        if (_index.TryGet(OwnerPath(path), instance, out var owner))
        {
            return owner.SchemaPointer;
        }

        var keyword = path.Substring(path.LastIndexOf('/'));
        var at = sample.SchemaPointer.LastIndexOf(keyword + "/", StringComparison.Ordinal);
        return at < 0 ? sample.SchemaPointer : sample.SchemaPointer.Substring(0, at);
    }

    private static string OwnerPath(string combinatorPath) =>
        combinatorPath.Substring(0, combinatorPath.LastIndexOf('/'));

    // The failures inside the branches of one anyOf or oneOf, with the branch each came from.
    private sealed class Branches : List<(int Branch, SchemaFailure Failure)>
    {
    }
}
