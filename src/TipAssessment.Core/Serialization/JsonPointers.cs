using System;
using System.Collections.Generic;
using System.Globalization;

namespace TipAssessment.Serialization;

/// <summary>Builds RFC 6901 JSON Pointers; the empty string is the whole document.</summary>
internal static class JsonPointers
{
    /// <summary>The pointer of the whole document.</summary>
    public const string Root = "";

    /// <summary>Appends a member name, escaping <c>~</c> as <c>~0</c> and <c>/</c> as <c>~1</c>.</summary>
    public static string Append(string pointer, string memberName) => pointer + "/" + Escape(memberName);

    /// <summary>Appends an array index.</summary>
    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds a pointer from segments (member names or indexes), escaping each.</summary>
    public static string Of(params object[] segments)
    {
        var pointer = Root;
        foreach (var segment in segments)
        {
            pointer = segment is int index ? Append(pointer, index) : Append(pointer, (string)segment);
        }

        return pointer;
    }

    /// <summary>Escapes one reference token (the order matters: <c>~</c> first, then <c>/</c>).</summary>
    public static string Escape(string token) =>
        token.IndexOf('~') < 0 && token.IndexOf('/') < 0
            ? token
            : token.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Undoes <see cref="Escape"/> (the order matters: <c>~1</c> first, then <c>~0</c>).</summary>
    public static string Unescape(string token) =>
        token.IndexOf('~') < 0 ? token : token.Replace("~1", "/").Replace("~0", "~");

    /// <summary>The last reference token, unescaped; the empty string for the root.</summary>
    public static string LastToken(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash < 0 ? string.Empty : Unescape(pointer.Substring(slash + 1));
    }

    /// <summary>
    /// The pointer of the parent value; the root for a top-level member or for the root itself.
    /// </summary>
    public static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? Root : pointer.Substring(0, slash);
    }

    /// <summary>
    /// Orders pointers token by token, array indexes by number (so <c>/responses/2</c> comes before
    /// <c>/responses/10</c>) and names ordinally; a pointer comes before the pointers inside it.
    /// </summary>
    public static IComparer<string> Order { get; } = new PointerOrder();

    private sealed class PointerOrder : IComparer<string>
    {
        public int Compare(string? x, string? y)
        {
            var a = (x ?? string.Empty).Split('/');
            var b = (y ?? string.Empty).Split('/');
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var order = CompareTokens(a[i], b[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return a.Length.CompareTo(b.Length);
        }

        // Indexes have no leading zeros, so the shorter number is the smaller one.
        private static int CompareTokens(string a, string b) =>
            IsIndex(a) && IsIndex(b) && a.Length != b.Length
                ? a.Length.CompareTo(b.Length)
                : string.CompareOrdinal(a, b);

        private static bool IsIndex(string token)
        {
            foreach (var c in token)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return token.Length > 0;
        }
    }
}
