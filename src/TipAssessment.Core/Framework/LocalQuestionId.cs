using System.Text.RegularExpressions;

namespace TipAssessment.Framework;

/// <summary>
/// The form of local question ids, <c>namespace:name</c>. Standard ids never contain a colon, so a local id
/// can never collide with a standard one, whatever the standard framework adds in later versions.
/// </summary>
internal static class LocalQuestionId
{
    public const char Separator = ':';

    // The framework schema's forms: a namespace starts with a letter; a name is words joined by hyphens
    // or dots.
    private static readonly Regex NamespacePattern =
        new("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant);

    private static readonly Regex NamePattern =
        new("^[a-z0-9]+([.-][a-z0-9]+)*$", RegexOptions.CultureInvariant);

    public static bool IsValidNamespace(string value) => NamespacePattern.IsMatch(value);

    public static bool IsValidName(string value) => NamePattern.IsMatch(value);

    public static string Create(string ns, string name) => ns + Separator + name;

    /// <summary>Whether <paramref name="id"/> has the local form, with a valid namespace and name.</summary>
    public static bool IsLocal(string id)
    {
        var at = id.IndexOf(Separator);
        return at > 0
            && IsValidNamespace(id.Substring(0, at))
            && IsValidName(id.Substring(at + 1));
    }

    /// <summary>Whether <paramref name="id"/> looks namespaced at all (contains the separator).</summary>
    public static bool IsNamespaced(string id) => id.IndexOf(Separator) >= 0;
}
