using System.Text.Json;

namespace TipAssessment.Serialization;

/// <summary>
/// Resolves one RFC 6901 JSON Pointer against a <see cref="JsonElement"/>; for many, use <see
/// cref="JsonLocator"/>.
/// </summary>
internal static class JsonNavigation
{
    /// <summary>Finds the value at <paramref name="pointer"/>; returns false when there is none.</summary>
    public static bool TryGet(JsonElement root, string pointer, out JsonElement found)
    {
        var result = new JsonLocator(root).Find(pointer);
        found = result ?? default;
        return result is not null;
    }
}
