using System;
using System.Collections.Generic;
using Json.Schema;

namespace TipAssessment.Serialization;

/// <summary>
/// A list-format evaluation result indexed once by (evaluation path, instance pointer), so that mapping
/// thousands of failures stays linear. A schema location is turned into a pointer only when asked for:
/// on a large invalid document that saves most of the mapping's time.
/// </summary>
internal sealed class EvaluationIndex
{
    private const string OneOfSegment = "/oneOf/";

    private readonly Dictionary<(string Path, string Instance), Node> _nodes = new();
    private readonly HashSet<(string Path, string Instance)> _oneOfOwners = new();

    public EvaluationIndex(EvaluationResults results)
    {
        var failures = new List<SchemaFailure>();
        foreach (var result in SchemaFailure.Nodes(results))
        {
            var node = new Node(
                result.EvaluationPath.ToString(),
                result.InstanceLocation.ToString(),
                result.SchemaLocation,
                result.IsValid);
            var key = (node.Path, node.Instance);
            _nodes[key] = _nodes.TryGetValue(key, out var seen) && seen.IsValid ? seen : node;
            NoteOneOfOwner(node);
            foreach (var error in result.Errors ?? new Dictionary<string, string>())
            {
                failures.Add(new SchemaFailure(
                    node.Path, node.SchemaPointer, node.Instance, error.Key, error.Value));
            }
        }

        Failures = failures;
    }

    /// <summary>Every keyword failure, in the order JsonSchema.Net listed them.</summary>
    public IReadOnlyList<SchemaFailure> Failures { get; }

    /// <summary>The nodes that own a <c>oneOf</c> whose branches were evaluated.</summary>
    public IEnumerable<Node> OneOfOwners
    {
        get
        {
            foreach (var key in _oneOfOwners)
            {
                if (_nodes.TryGetValue(key, out var node))
                {
                    yield return node;
                }
            }
        }
    }

    /// <summary>Finds the node evaluated at a schema path for an instance.</summary>
    public bool TryGet(string path, string instance, out Node node) =>
        _nodes.TryGetValue((path, instance), out node!);

    // A branch node's path ends in "/oneOf/<index>"; its owner's path is what comes before.
    private void NoteOneOfOwner(Node node)
    {
        var at = node.Path.LastIndexOf(OneOfSegment, StringComparison.Ordinal);
        if (at >= 0 && node.Path.IndexOf('/', at + OneOfSegment.Length) < 0)
        {
            _oneOfOwners.Add((node.Path.Substring(0, at), node.Instance));
        }
    }

    /// <summary>One evaluated node.</summary>
    internal sealed class Node
    {
        private readonly Uri _location;
        private string? _schemaPointer;

        public Node(string path, string instance, Uri location, bool isValid)
        {
            Path = path;
            Instance = instance;
            _location = location;
            IsValid = isValid;
        }

        /// <summary>The evaluation path.</summary>
        public string Path { get; }

        /// <summary>The instance pointer.</summary>
        public string Instance { get; }

        /// <summary>Whether the instance passed this node.</summary>
        public bool IsValid { get; }

        /// <summary>The schema node, as a pointer into the schema document.</summary>
        public string SchemaPointer => _schemaPointer ??= SchemaFailure.FragmentOf(_location);
    }
}
