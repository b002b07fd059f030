using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace TipAssessment.Serialization;

/// <summary>The words of schema problem messages: what is wrong, said about the member that has it.</summary>
internal static class SchemaWording
{
    private static readonly Dictionary<string, string> TypeWords = new()
    {
        ["string"] = "a string",
        ["integer"] = "a whole number",
        ["number"] = "a number",
        ["object"] = "an object",
        ["array"] = "an array",
        ["boolean"] = "true or false",
        ["null"] = "null",
    };

    /// <summary>
    /// How a message names the value at a pointer: the member's name, an array item, or the document.
    /// </summary>
    public static string Subject(string pointer)
    {
        if (pointer.Length == 0)
        {
            return "The document";
        }

        var token = JsonPointers.LastToken(pointer);
        var parent = JsonPointers.Parent(pointer);
        return token.Length > 0 && token.All(char.IsDigit) && parent.Length > 0
            ? $"Item {token} of \"{Texts.Shorten(JsonPointers.LastToken(parent))}\""
            : $"\"{Texts.Shorten(token)}\"";
    }

    /// <summary>As <see cref="Subject"/>, for the middle of a sentence.</summary>
    public static string SubjectInSentence(string pointer)
    {
        var subject = Subject(pointer);
        var startsWithWord = subject.StartsWith("The ", StringComparison.Ordinal)
            || subject.StartsWith("Item ", StringComparison.Ordinal);
        return startsWithWord ? char.ToLowerInvariant(subject[0]) + subject.Substring(1) : subject;
    }

    /// <summary>The expected type(s) of a <c>type</c> keyword, in words.</summary>
    public static string TypeNames(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? string.Join(" or ", type.EnumerateArray().Select(t => TypeWord(t.GetString())))
            : TypeWord(type.GetString());

    /// <summary>The JSON type of a value, in words; a number with a fraction is named as such.</summary>
    public static string KindName(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => value.Value.GetRawText().IndexOfAny(new[] { '.', 'e', 'E' }) >= 0
            ? "a number with a fraction or exponent" : "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>
    /// What is wrong, for keywords other than required, type and unknown members; null when unknown. A
    /// pattern is quoted only when the schema has no description to say the same in words.
    /// </summary>
    public static string? ForKeyword(SchemaFailure failure, JsonElement? node, bool described)
    {
        if (node is not { ValueKind: JsonValueKind.Object } schema
            || !schema.TryGetProperty(failure.Keyword, out var argument))
        {
            return null;
        }

        var n = argument.ValueKind == JsonValueKind.Number ? argument.GetRawText() : string.Empty;
        return failure.Keyword switch
        {
            "enum" => "must be one of "
                + string.Join(", ", argument.EnumerateArray().Select(e => e.GetRawText())),
            "const" => "must be " + argument.GetRawText(),
            "pattern" => described
                ? "does not have the required form"
                : $"does not match the pattern {argument.GetString()}",
            "minLength" => n == "1" ? "must not be empty" : $"must be at least {n} characters long",
            "maxLength" => $"must be at most {n} characters long",
            "minimum" => $"must be at least {n}",
            "maximum" => $"must be at most {n}",
            "exclusiveMinimum" => $"must be more than {n}",
            "exclusiveMaximum" => $"must be less than {n}",
            "minItems" => n == "1" ? "must not be empty" : $"must have at least {n} items",
            "maxItems" => $"must have at most {n} items",
            "uniqueItems" => "lists the same value more than once",
            "minProperties" => n == "1" ? "must have at least one member" : $"must have at least {n} members",
            "maxProperties" => $"must have at most {n} members",
            "oneOf" => "matches more than one of the alternatives, but must match exactly one",
            "not" => "has a form that is not allowed",
            _ => null,
        };
    }

    /// <summary>
    /// For a list that repeats a value: which two items are the first repeat (": items 2 and 5 are the same,
    /// \"x\""), naming the value, or an object's <c>id</c>, when it is short; empty when no repeat is found
    /// (values JSON Schema calls equal but written differently, such as <c>1</c> and <c>1.0</c>).
    /// </summary>
    public static string FirstRepeat(JsonElement list)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            return string.Empty;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var key = Canonical(item);
            if (seen.TryGetValue(key, out var first))
            {
                var name = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id)
                    ? id
                    : item;
                var named = name.ValueKind is JsonValueKind.String or JsonValueKind.Number
                    ? ", " + Texts.Shorten(name.GetRawText())
                    : string.Empty;
                return string.Format(
                    CultureInfo.InvariantCulture, ": items {0} and {1} are the same{2}", first, index, named);
            }

            seen.Add(key, index++);
        }

        return string.Empty;
    }

    // A text equal for equal values: object members in ordinal order, strings decoded (so escapes do not
    // matter) and prefixed with their length (so no string can pass for structure), the rest as written.
    private static string Canonical(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", value.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => Text(p.Name) + ":" + Canonical(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", value.EnumerateArray().Select(Canonical)) + "]",
        JsonValueKind.String => Text(value.GetString() ?? string.Empty),
        _ => value.GetRawText(),
    };

    private static string Text(string text) =>
        text.Length.ToString(CultureInfo.InvariantCulture) + "'" + text;

    private static string TypeWord(string? type) =>
        type is not null && TypeWords.TryGetValue(type, out var word)
            ? word
            : string.Format(CultureInfo.InvariantCulture, "of type {0}", type);
}
