using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using TipAssessment.Redaction;

namespace TipAssessment.Tests.Redaction;

/// <summary>
/// An attacker's view of a shared results document: for every additive relation among its cells, tries to
/// solve for a hidden cell from the ones shown. The attacker is granted more than the document says: which
/// hidden cells had a value (taken from the unsuppressed analysis).
/// </summary>
internal static class SuppressionAudit
{
    /// <summary>The hidden cells that a subtraction over one relation would reveal; empty when
    /// none.</summary>
    public static List<string> Recomputable(SharedAnalysis shared, string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var found = new List<string>();
        foreach (var rollUp in root["rollUps"]!.AsArray())
        {
            Node(rollUp!["root"]!.AsObject(), found);
        }

        ScopesOfAQuestion(root, found);
        ShownGapsOfHiddenScores(root, found);
        return found;
    }

    /// <summary>Every score entry (shown or hidden) with the hidden ones marked.</summary>
    public static IEnumerable<JsonObject> Scores(string json) =>
        JsonNode.Parse(json)!["scores"]!.AsArray().Select(s => s!.AsObject());

    public static bool IsHidden(JsonNode? cell) => cell?["suppressed"]?.GetValue<bool>() == true;

    // A node's score is sum(w x child) / sum(w) over the children with a value: one unknown among the node
    // and those children can be solved for.
    private static void Node(JsonObject node, List<string> found)
    {
        if (node["children"] is not JsonArray children)
        {
            return;
        }

        var members = children.Select(c => c!.AsObject())
            .Where(c => IsHidden(c) || c["normalised"] is not null).ToList();
        var unknown = members.Count(IsHidden) + (IsHidden(node) ? 1 : 0);
        var nodeHasValue = IsHidden(node) || node["normalised"] is not null;
        if (nodeHasValue && members.Count > 0 && unknown == 1)
        {
            found.Add("node " + node["id"] + " or one of its children");
        }

        foreach (var child in children)
        {
            Node(child!.AsObject(), found);
        }
    }

    // An implementation gap prints the practice scores of its locality and the legal score.
    private static void ShownGapsOfHiddenScores(JsonObject root, List<string> found)
    {
        var hidden = root["scores"]!.AsArray().Select(s => s!.AsObject()).Where(IsHidden)
            .Select(s => Key(s["question"], IsLocal(s) ? s["locality"] : s["scope"]))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var gap in root["implementationGaps"]!.AsArray().Where(g => !IsHidden(g)))
        {
            var used = gap!["practiceQuestions"]!.AsArray().Select(p => Key(p!["question"], gap["locality"]))
                .Append(Key(gap["legalQuestion"], gap["legalScope"]));
            if (used.Any(hidden.Contains))
            {
                found.Add("a score shown by implementation gap " + gap["linkage"] + " in " + gap["locality"]);
            }
        }
    }

    private static bool IsLocal(JsonObject score) => score["scope"]!.GetValue<string>() == "locality";

    private static string Key(JsonNode? question, JsonNode? where) =>
        question!.GetValue<string>() + "|" + where!.GetValue<string>();

    // Rated counts add up: overall = national + each locality.
    private static void ScopesOfAQuestion(JsonObject root, List<string> found)
    {
        var byQuestion = root["scores"]!.AsArray().Select(s => s!.AsObject())
            .GroupBy(s => s["question"]!.GetValue<string>(), StringComparer.Ordinal);
        foreach (var question in byQuestion)
        {
            var cells = question.ToList();
            if (cells.Count > 1 && cells.Count(IsHidden) == 1)
            {
                found.Add("a scope of question " + question.Key);
            }
        }
    }
}
