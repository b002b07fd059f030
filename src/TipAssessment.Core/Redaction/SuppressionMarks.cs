using System.Text.Json.Nodes;

namespace TipAssessment.Redaction;

/// <summary>Replaces the suppressed cells of an exported results document by their suppression
/// mark.</summary>
internal sealed class SuppressionMarks
{
    private readonly SharedAnalysis _shared;

    public SuppressionMarks(SharedAnalysis shared) => _shared = shared;

    public void Apply(JsonObject root)
    {
        Each(root["scores"], s => Mark(
            SuppressedCellKind.Score, ScopedKey(s), s, "question", "scope", "locality"));
        Each(root["triangulation"], f => Mark(
            SuppressedCellKind.Triangulation, ScopedKey(f), f, "question", "scope", "locality", "threshold"));
        Each(root["implementationGaps"], g => Mark(
            SuppressedCellKind.ImplementationGap,
            Str(g, "linkage") + "|" + Str(g, "locality"),
            g,
            "linkage",
            "legalQuestion",
            "locality"));
        Each(root["gapChart"]?["rows"], r => Mark(
            SuppressedCellKind.GapRow, Str(r, "id"), r, "id", "rank", "area"));
        Each(root["rollUps"], r =>
        {
            var scope = Scope(r);
            var node = r["root"]!.AsObject();
            r.Remove("root");
            r["root"] = Node(scope, node, Str(node, "id"));
            return r;
        });
    }

    private static void Each(JsonNode? array, System.Func<JsonObject, JsonObject> replace)
    {
        if (array is not JsonArray items)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i]!.AsObject();
            var replaced = replace(item);
            if (!ReferenceEquals(replaced, item))
            {
                items[i] = replaced;
            }
        }
    }

    private JsonObject Node(string scope, JsonObject node, string path)
    {
        var mark = Mark(SuppressedCellKind.RollUpNode, scope + "|" + path, node, "kind", "id", "weight");
        if (node["children"] is JsonArray children)
        {
            node.Remove("children");
            Each(children, c => Node(scope, c, path + "/" + Str(c, "id")));
            mark["children"] = children;
        }

        return mark;
    }

    /// <summary>The cell itself when shown; otherwise a new object with only the named members and the
    /// mark.</summary>
    private JsonObject Mark(SuppressedCellKind kind, string key, JsonObject cell, params string[] keep)
    {
        var suppressed = _shared.Find(kind, key);
        if (suppressed is null)
        {
            return cell;
        }

        var mark = new JsonObject();
        foreach (var name in keep)
        {
            if (cell[name] is JsonNode value)
            {
                mark[name] = value.DeepClone();
            }
        }

        mark["suppressed"] = true;
        mark["reason"] = suppressed.Reason;
        return mark;
    }

    private static string ScopedKey(JsonObject cell) => Str(cell, "question") + "|" + Scope(cell);

    private static string Scope(JsonObject cell)
    {
        var scope = Str(cell, "scope");
        return scope == "locality" ? "locality:" + Str(cell, "locality") : scope;
    }

    private static string Str(JsonObject cell, string name) => cell[name]?.GetValue<string>() ?? string.Empty;
}
