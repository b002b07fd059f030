using System;
using System.Text.Json;
#if NET
using System.Runtime.InteropServices;
#endif

namespace TipAssessment.Serialization;

/// <summary>
/// Hand-written proofs that a JSON value satisfies one of the assessment schema's small definitions
/// (<c>identifier</c>, <c>text</c>, <c>date</c>). Each proof is sound but not complete:
/// <see langword="true"/> means the schema certainly accepts the value; <see langword="false"/> means only
/// "not proven" (for example any string written with an escape), and the caller then lets JSON Schema
/// decide. Thread-safe.
/// </summary>
internal static class ShapeProofs
{
    /// <summary><c>^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$</c>, on ASCII written without escapes.</summary>
    public static bool Identifier(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        return IsIdentifier(Raw(value));
    }

    /// <summary>
    /// <c>^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$</c> on a string's bytes as written (an escape leaves a
    /// backslash, which fails).
    /// </summary>
    public static bool IsIdentifier(ReadOnlySpan<byte> text)
    {
        if (text.Length is < 1 or > 100 || !IsAlphanumeric(text[0]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsAlphanumeric(c) && c != (byte)'.' && c != (byte)'_' && c != (byte)':' && c != (byte)'-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A non-empty string (<c>minLength</c> 1): any string with at least one byte written.</summary>
    public static bool Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && !value.ValueEquals(ReadOnlySpan<byte>.Empty);

    /// <summary><c>^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$</c>.</summary>
    public static bool Date(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        return IsDate(Raw(value));
    }

    /// <summary><c>^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$</c> on a string's bytes as written.</summary>
    public static bool IsDate(ReadOnlySpan<byte> text)
    {
        if (text.Length is not (4 or 7 or 10))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var ok = i is 4 or 7 ? text[i] == (byte)'-' : text[i] is >= (byte)'0' and <= (byte)'9';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A string equal to one of <paramref name="words"/> (an <c>enum</c> of strings).</summary>
    public static bool OneOf(JsonElement value, string[] words)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (value.ValueEquals(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An array of at most 16 distinct identifiers (<c>uniqueItems</c>); longer ones are not proven.
    /// </summary>
    public static bool DistinctIdentifiers(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > 16)
        {
            return false;
        }

        for (var i = 0; i < value.GetArrayLength(); i++)
        {
            // Identifiers have no escapes, so equal bytes and equal strings are the same thing.
            if (!Identifier(value[i]) || Repeats(value, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An array whose every item satisfies <paramref name="item"/>.</summary>
    public static bool ArrayOf(JsonElement value, Func<JsonElement, bool> item)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var element in value.EnumerateArray())
        {
            if (!item(element))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Repeats(JsonElement array, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (Raw(array[j]).SequenceEqual(Raw(array[i])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAlphanumeric(byte c) =>
        c is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9';

#if NET
    // The string as written, without its quotes; an escape leaves a backslash, which fails every proof.
    private static ReadOnlySpan<byte> Raw(JsonElement value)
    {
        var bytes = JsonMarshal.GetRawUtf8Value(value);
        return bytes.Length >= 2 && bytes[0] == (byte)'"' ? bytes.Slice(1, bytes.Length - 2) : bytes;
    }
#else
    private static ReadOnlySpan<byte> Raw(JsonElement value) =>
        System.Text.Encoding.UTF8.GetBytes(value.GetString() ?? string.Empty);
#endif
}
