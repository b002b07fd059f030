using System;
using System.Text.Json;

namespace TipAssessment.Serialization;

/// <summary>
/// Sound proofs that an item of the assessment's two big arrays satisfies its schema definition
/// (<c>#/$defs/response</c>, <c>#/$defs/informant</c>), written from the schema keyword by keyword so that
/// the schema need not evaluate those items one by one. <see langword="true"/> means the schema certainly
/// accepts the item; <see langword="false"/> means "not proven" (an extension, an escape, anything unusual),
/// and the whole document then goes through the schema as before. Thread-safe.
/// </summary>
internal static class AssessmentItemShapes
{
    private static readonly string[] RatingWords =
    {
        AssessmentJsonNames.Unknown,
        AssessmentJsonNames.NotApplicable,
    };

    /// <summary>The words of <c>#/$defs/informant/properties/gender</c>'s enum.</summary>
    public static readonly string[] Genders = { "female", "male", "another", "undisclosed" };

    /// <summary>The words of <c>#/$defs/informant/properties/ageBand</c>'s enum.</summary>
    public static readonly string[] AgeBands = { "18-24", "25-34", "35-49", "50-64", "65+" };

    /// <summary>The arrays whose items these proofs vouch for, for <see cref="SchemaValidation"/>.</summary>
    public static readonly ProvenArray[] Arrays =
    {
        new("responses", Response),
        new("informants", Informant),
    };

    /// <summary>
    /// <c>#/$defs/response</c>: an object with only its listed members, <c>id</c> and <c>question</c>
    /// required, exactly one of <c>informant</c> and <c>deskSource</c>, each member of its type.
    /// </summary>
    public static bool Response(JsonElement item)
    {
        const int required = 1 | 2;
        var seen = Members(item, ResponseMember);
        return seen >= 0 && (seen & required) == required && ((seen & 4) != 0) != ((seen & 8) != 0);
    }

    /// <summary>
    /// <c>#/$defs/informant</c>: an object with only its listed members (no extensions), <c>code</c>,
    /// <c>type</c> and <c>consent</c> required, each member of its type.
    /// </summary>
    public static bool Informant(JsonElement item)
    {
        const int required = 1 | 2 | 4;
        var seen = Members(item, InformantMember);
        return seen >= 0 && (seen & required) == required;
    }

    // The member's bit when its name is known and its value proven; 0 otherwise.
    private static int ResponseMember(JsonProperty m)
    {
        var v = m.Value;
        return m.NameEquals("id") ? Bit(ShapeProofs.Identifier(v), 1)
            : m.NameEquals("question") ? Bit(ShapeProofs.Identifier(v), 2)
            : m.NameEquals("informant") ? Bit(ShapeProofs.Identifier(v), 4)
            : m.NameEquals("deskSource") ? Bit(ShapeProofs.Identifier(v), 8)
            : m.NameEquals("locality") ? Bit(ShapeProofs.Identifier(v), 16)
            : m.NameEquals("rating") ? Bit(Rating(v), 32)
            : m.NameEquals("notes") ? Bit(ShapeProofs.Text(v), 64)
            : m.NameEquals("drivers") ? Bit(ShapeProofs.DistinctIdentifiers(v), 128)
            : m.NameEquals("solutions") ? Bit(ShapeProofs.ArrayOf(v, Solution), 256)
            : m.NameEquals("evidence") ? Bit(ShapeProofs.ArrayOf(v, ShapeProofs.Text), 512)
            : m.NameEquals("collectedOn") ? Bit(ShapeProofs.Date(v), 1024)
            : 0;
    }

    private static int InformantMember(JsonProperty m)
    {
        var v = m.Value;
        return m.NameEquals("code") ? Bit(ShapeProofs.Identifier(v), 1)
            : m.NameEquals("type") ? Bit(ShapeProofs.Identifier(v), 2)
            : m.NameEquals("consent") ? Bit(Consent(v), 4)
            : m.NameEquals("subtype") ? Bit(ShapeProofs.Identifier(v), 8)
            : m.NameEquals("locality") ? Bit(ShapeProofs.Identifier(v), 16)
            : m.NameEquals("gender") ? Bit(ShapeProofs.OneOf(v, Genders), 32)
            : m.NameEquals("ageBand") ? Bit(ShapeProofs.OneOf(v, AgeBands), 64)
            : 0;
    }

    // #/$defs/rating: a whole number from 0 (proven only when written as an integer), or one of two words.
    private static bool Rating(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number ? v.TryGetInt64(out var level) && level >= 0
            : ShapeProofs.OneOf(v, RatingWords);

    // #/$defs/solution: at least one of "code" (an identifier) and "text" (a text), nothing else.
    private static bool Solution(JsonElement v) =>
        Members(v, m => m.NameEquals("code") ? Bit(ShapeProofs.Identifier(m.Value), 1)
            : m.NameEquals("text") ? Bit(ShapeProofs.Text(m.Value), 2)
            : 0) > 0;

    // #/$defs/consent: "given" and "rightToStopExplained" booleans, an optional "recordedOn" date.
    private static bool Consent(JsonElement v)
    {
        var seen = Members(v, m => m.NameEquals("given") ? Bit(IsBoolean(m.Value), 1)
            : m.NameEquals("rightToStopExplained") ? Bit(IsBoolean(m.Value), 2)
            : m.NameEquals("recordedOn") ? Bit(ShapeProofs.Date(m.Value), 4)
            : 0);
        return seen >= 0 && (seen & 3) == 3;
    }

    // The bits of an object's members (additionalProperties false: every member must be known and proven,
    // and none repeated); -1 when the value is not such an object.
    private static int Members(JsonElement v, Func<JsonProperty, int> member)
    {
        if (v.ValueKind != JsonValueKind.Object)
        {
            return -1;
        }

        var seen = 0;
        foreach (var m in v.EnumerateObject())
        {
            var bit = member(m);
            if (bit == 0 || (seen & bit) != 0)
            {
                return -1;
            }

            seen |= bit;
        }

        return seen;
    }

    private static bool IsBoolean(JsonElement v) => v.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static int Bit(bool proven, int bit) => proven ? bit : 0;
}
