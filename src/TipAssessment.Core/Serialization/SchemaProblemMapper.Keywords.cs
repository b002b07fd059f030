using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>The problem for one keyword failure outside any anyOf or oneOf, worded from the schema.</summary>
internal sealed partial class SchemaProblemMapper
{
    private IEnumerable<Problem> MapOne(SchemaFailure failure)
    {
        var node = SchemaNode(failure.SchemaPointer);
        switch (failure.Keyword)
        {
            case "required":
                return Missing(failure, node);
            case "":
            case "additionalProperties":
            case "unevaluatedProperties":
                return new[] { Unknown(failure) };
            case "type":
                return One(ProblemCodes.WrongType, failure.Instance, WrongType(failure, node));
            default:
                return One(ProblemCodes.SchemaViolation, failure.Instance, Other(failure, node));
        }
    }

    private string Other(SchemaFailure failure, JsonElement? node)
    {
        var text = SchemaWording.ForKeyword(failure, node, Description(node) is not null)
            ?? failure.LibraryMessage;
        if (failure.Keyword == "uniqueItems" && Value(failure.Instance) is { } list)
        {
            text += SchemaWording.FirstRepeat(list);
        }

        var expected = failure.Keyword is "enum" or "const" ? null : Description(node);
        return $"{SchemaWording.Subject(failure.Instance)} {text}{ValueNote(failure.Instance)}."
            + (expected is null ? string.Empty : " Expected: " + expected);
    }

    private IEnumerable<Problem> Missing(SchemaFailure failure, JsonElement? node)
    {
        var value = Value(failure.Instance);
        if (node is not { ValueKind: JsonValueKind.Object } n
            || !n.TryGetProperty("required", out var required)
            || value is not { ValueKind: JsonValueKind.Object } instance)
        {
            yield return Problem.Error(ProblemCodes.MissingMember, failure.Instance, failure.LibraryMessage);
            yield break;
        }

        foreach (var name in required.EnumerateArray().Select(r => r.GetString() ?? string.Empty))
        {
            if (!instance.TryGetProperty(name, out _))
            {
                var description = Description(MemberSchema(n, name));
                var where = SchemaWording.SubjectInSentence(failure.Instance);
                yield return Problem.Error(
                    ProblemCodes.MissingMember,
                    JsonPointers.Append(failure.Instance, name),
                    $"The required member \"{name}\" is missing from {where}."
                    + (description is null ? string.Empty : $" \"{name}\": {description}"));
            }
        }
    }

    private Problem Unknown(SchemaFailure failure)
    {
        var name = JsonPointers.LastToken(failure.Instance);
        var parent = SchemaNode(ParentSchemaPointer(failure.SchemaPointer));
        var isObject = parent is { ValueKind: JsonValueKind.Object };
        var allowed = isObject && parent!.Value.TryGetProperty("properties", out var props)
            ? props.EnumerateObject().Select(m => m.Name).ToList()
            : new List<string>();
        var patterns = isObject && parent!.Value.TryGetProperty("patternProperties", out _);
        var message = patterns && allowed.Count == 0
            ? $"The member name \"{Texts.Shorten(name)}\" is not allowed here: "
              + (Description(parent) ?? "see the schema")
            : $"\"{Texts.Shorten(name)}\" is not a member of this object (it may be a typo). Allowed "
              + $"members: {string.Join(", ", allowed)}. A tool's own data belong under \"extensions\", "
              + "with a namespaced key such as \"org.example.tool\".";
        return Problem.Error(ProblemCodes.UnknownMember, failure.Instance, message);
    }

    private string WrongType(SchemaFailure failure, JsonElement? node)
    {
        var expected = node is { ValueKind: JsonValueKind.Object } n && n.TryGetProperty("type", out var type)
            ? SchemaWording.TypeNames(type)
            : "another type";
        var actual = SchemaWording.KindName(Value(failure.Instance));
        return $"{SchemaWording.Subject(failure.Instance)} must be {expected}, not {actual}.";
    }

    private string ValueNote(string instance)
    {
        var value = Value(instance);
        var quotable = value is { ValueKind: JsonValueKind.String or JsonValueKind.Number };
        var raw = quotable ? value!.Value.GetRawText() : string.Empty;
        return quotable && raw != "\"\"" ? $" (the value is {Texts.Shorten(raw)})" : string.Empty;
    }

    private static Problem[] One(string code, string pointer, string message) =>
        new[] { Problem.Error(code, pointer, message) };

    private JsonElement? Value(string pointer) => _values.Find(pointer);

    private JsonElement? SchemaNode(string pointer) => _schemaNodes.Find(pointer);

    private JsonElement? MemberSchema(JsonElement objectSchema, string name) =>
        objectSchema.TryGetProperty("properties", out var props) && props.TryGetProperty(name, out var member)
            ? ResolveRef(member)
            : null;

    // Follows one local "$ref" so that a member's description is found where the definition lives.
    private JsonElement ResolveRef(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var r)
        && r.GetString() is { } reference && reference.StartsWith("#", StringComparison.Ordinal)
        && SchemaNode(Uri.UnescapeDataString(reference.Substring(1))) is { } target
            ? target
            : node;

    private static string? Description(JsonElement? node) =>
        node is { ValueKind: JsonValueKind.Object } n && n.TryGetProperty("description", out var d)
        && d.ValueKind == JsonValueKind.String
            ? d.GetString()
            : null;

    // JsonSchema.Net locates a false "additionalProperties" oddly (sometimes with a trailing segment), so
    // the owning object's schema is found by cutting at the keyword.
    private static string ParentSchemaPointer(string schemaPointer)
    {
        foreach (var keyword in new[] { "/additionalProperties", "/unevaluatedProperties" })
        {
            var at = schemaPointer.LastIndexOf(keyword, StringComparison.Ordinal);
            if (at >= 0)
            {
                return schemaPointer.Substring(0, at);
            }
        }

        return JsonPointers.Parent(schemaPointer);
    }
}
