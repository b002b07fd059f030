using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace TipAssessment.Serialization;

/// <summary>
/// Resolves many JSON Pointers against one document. Reaching an item of an array of objects by index
/// walks the array in <see cref="JsonElement"/>, so each array met is read once into a list and every
/// result is remembered: thousands of problems in a long array then cost a lookup each.
/// </summary>
/// <remarks>One locator per document and per task; not thread-safe.</remarks>
internal sealed class JsonLocator
{
    private readonly JsonElement _root;
    private readonly Dictionary<string, JsonElement?> _found = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement[]> _arrays = new(StringComparer.Ordinal);

    public JsonLocator(JsonElement root) => _root = root;

    /// <summary>
    /// The value at <paramref name="pointer"/>, or <see langword="null"/> when there is none.
    /// </summary>
    public JsonElement? Find(string pointer)
    {
        if (_found.TryGetValue(pointer, out var known))
        {
            return known;
        }

        var parent = JsonPointers.Parent(pointer);
        var result = pointer.Length == 0
            ? _root
            : Step(Find(parent), parent, JsonPointers.LastToken(pointer));
        _found[pointer] = result;
        return result;
    }

    private JsonElement? Step(JsonElement? parent, string parentPointer, string token)
    {
        if (parent is { ValueKind: JsonValueKind.Object } o)
        {
            return o.TryGetProperty(token, out var member) ? member : null;
        }

        if (parent is not { ValueKind: JsonValueKind.Array } a
            || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        if (!_arrays.TryGetValue(parentPointer, out var items))
        {
            items = a.EnumerateArray().ToArray();
            _arrays.Add(parentPointer, items);
        }

        return index < items.Length ? items[index] : null;
    }
}
