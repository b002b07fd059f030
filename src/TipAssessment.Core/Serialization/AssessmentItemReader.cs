using System;
using System.Collections.Immutable;
using System.Text.Json;
using TipAssessment.Assessments;

namespace TipAssessment.Serialization;

/// <summary>
/// Reads the items of an assessment's <c>responses</c> and <c>informants</c> arrays straight from a
/// <see cref="Utf8JsonReader"/> into the model, proving each against its schema definition
/// (<c>#/$defs/response</c>, <c>#/$defs/informant</c>) keyword by keyword as it goes, exactly as
/// <see cref="AssessmentItemShapes"/> proves them on a tree. Every method returns <see langword="false"/>
/// as soon as something is not proven (an unknown, repeated or escaped member name, an id written with an
/// escape, a rating written <c>2.0</c>, more than 16 drivers, a value of the wrong type); the caller then
/// leaves the document to the full path. An item's <c>extensions</c> object is the one part read through a
/// tree: its text goes through the same structure scan as a whole document, its keys are checked against
/// the schema's pattern, and its values are kept in canonical form by <see cref="ExtensionJson"/>. The
/// model built is the one <see cref="AssessmentReader"/> builds from the same text. Repeated ids are taken
/// from a <see cref="Utf8StringCache"/>. One per import; not thread-safe.
/// </summary>
internal sealed class AssessmentItemReader
{
    // An item's extensions object sits 3 levels deep: inside the root, the array and the item.
    private const int ExtensionsDepth = 3;

    private const int MaxDrivers = 16;

    private readonly ReadOnlyMemory<byte> _document;
    private readonly int _maxDepth;
    private readonly Utf8StringCache _cache = new();
    private string[] _strings = new string[8];
    private SolutionProposal[] _solutions = new SolutionProposal[4];

    /// <summary>A reader of items from <paramref name="document"/>, under the depth limit given.</summary>
    public AssessmentItemReader(ReadOnlyMemory<byte> document, int maxDepth)
    {
        _document = document;
        _maxDepth = maxDepth;
    }

    /// <summary>The responses read, or <see langword="null"/> before a <c>responses</c> array is met.</summary>
    public ImmutableArray<Response>.Builder? Responses { get; private set; }

    /// <summary>The informants read, or <see langword="null"/> before an <c>informants</c> array is met.</summary>
    public ImmutableArray<Informant>.Builder? Informants { get; private set; }

    /// <summary>Reads a <c>responses</c> array; the reader is on its start and is left on its end.</summary>
    public bool ReadResponses(ref Utf8JsonReader reader)
    {
        var into = Responses = ImmutableArray.CreateBuilder<Response>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!ReadResponse(ref reader, out var response))
            {
                return false;
            }

            into.Add(response);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>Reads an <c>informants</c> array; the reader is on its start and is left on its end.</summary>
    public bool ReadInformants(ref Utf8JsonReader reader)
    {
        var into = Informants = ImmutableArray.CreateBuilder<Informant>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!ReadInformant(ref reader, out var informant))
            {
                return false;
            }

            into.Add(informant);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private bool ReadResponse(ref Utf8JsonReader reader, out Response response)
    {
        response = null!;
        string? id = null, question = null, informant = null, deskSource = null, locality = null;
        string? notes = null, collectedOn = null;
        var rating = Rating.None;
        var drivers = ImmutableArray<string>.Empty;
        var solutions = ImmutableArray<SolutionProposal>.Empty;
        var evidence = ImmutableArray<string>.Empty;
        var extensions = EmptyExtensions.Value;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var bit = reader.ValueIsEscaped ? 0 : ResponseMember(reader.ValueSpan);
            if (bit == 0 || (seen & bit) != 0)
            {
                return false;
            }

            seen |= bit;
            reader.Read();
            var ok = bit switch
            {
                1 => Identifier(ref reader, cached: false, out id),
                2 => Identifier(ref reader, cached: true, out question),
                4 => Identifier(ref reader, cached: true, out informant),
                8 => Identifier(ref reader, cached: true, out deskSource),
                16 => Identifier(ref reader, cached: true, out locality),
                32 => ReadRating(ref reader, out rating),
                64 => Text(ref reader, out notes),
                128 => Drivers(ref reader, out drivers),
                256 => Solutions(ref reader, out solutions),
                512 => ReadTexts(ref reader, out evidence),
                1024 => Date(ref reader, out collectedOn),
                _ => ReadExtensions(ref reader, out extensions),
            };
            if (!ok)
            {
                return false;
            }
        }

        // id and question required; exactly one of informant and deskSource.
        if (reader.TokenType != JsonTokenType.EndObject || (seen & 3) != 3 || ((seen & 4) != 0) == ((seen & 8) != 0))
        {
            return false;
        }

        response = new Response
        {
            Id = id!,
            Question = question!,
            Informant = informant,
            DeskSource = deskSource,
            Locality = locality,
            Rating = rating,
            Notes = notes,
            Drivers = drivers,
            Solutions = solutions,
            Evidence = evidence,
            CollectedOn = collectedOn,
            Extensions = extensions,
        };
        return true;
    }

    private bool ReadInformant(ref Utf8JsonReader reader, out Informant informant)
    {
        informant = null!;
        string? code = null, type = null, subtype = null, locality = null, gender = null, ageBand = null;
        Consent? consent = null;
        var extensions = EmptyExtensions.Value;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var bit = reader.ValueIsEscaped ? 0 : InformantMember(reader.ValueSpan);
            if (bit == 0 || (seen & bit) != 0)
            {
                return false;
            }

            seen |= bit;
            reader.Read();
            var ok = bit switch
            {
                1 => Identifier(ref reader, cached: true, out code),
                2 => Identifier(ref reader, cached: true, out type),
                4 => ReadConsent(ref reader, out consent),
                8 => Identifier(ref reader, cached: true, out subtype),
                16 => Identifier(ref reader, cached: true, out locality),
                32 => OneOf(ref reader, AssessmentItemShapes.Genders, out gender),
                64 => OneOf(ref reader, AssessmentItemShapes.AgeBands, out ageBand),
                _ => ReadExtensions(ref reader, out extensions),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || (seen & 7) != 7)
        {
            return false;
        }

        informant = new Informant
        {
            Code = code!,
            Type = type!,
            Subtype = subtype,
            Locality = locality,
            Gender = gender,
            AgeBand = ageBand,
            Consent = consent!,
            Extensions = extensions,
        };
        return true;
    }

    // #/$defs/extensions: an object whose keys match the schema's pattern, any values. Its text is scanned
    // as the full path scans a document (duplicates, depth, escapes) before it is parsed.
    private bool ReadExtensions(ref Utf8JsonReader reader, out ImmutableSortedDictionary<string, string> extensions)
    {
        extensions = EmptyExtensions.Value;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        var text = _document.Slice(start, (int)reader.BytesConsumed - start);
        if (!JsonStructureScan.Run(text.Span, _maxDepth - ExtensionsDepth).IsEmpty)
        {
            return false;
        }

        using var tree = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = _maxDepth });
        foreach (var member in tree.RootElement.EnumerateObject())
        {
            if (!ExtensionJson.IsKey(member.Name))
            {
                return false;
            }
        }

        extensions = ExtensionJson.ReadObject(tree.RootElement);
        return true;
    }

    // #/$defs/consent: "given" and "rightToStopExplained" booleans, an optional "recordedOn" date.
    private bool ReadConsent(ref Utf8JsonReader reader, out Consent? consent)
    {
        consent = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        bool given = false, rightToStop = false;
        string? recordedOn = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var bit = reader.ValueIsEscaped ? 0
                : reader.ValueTextEquals("given") ? 1
                : reader.ValueTextEquals("rightToStopExplained") ? 2
                : reader.ValueTextEquals("recordedOn") ? 4
                : 0;
            if (bit == 0 || (seen & bit) != 0)
            {
                return false;
            }

            seen |= bit;
            reader.Read();
            var ok = bit switch
            {
                1 => Boolean(ref reader, out given),
                2 => Boolean(ref reader, out rightToStop),
                _ => Date(ref reader, out recordedOn),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || (seen & 3) != 3)
        {
            return false;
        }

        consent = new Consent(given, recordedOn, rightToStop);
        return true;
    }

    // #/$defs/identifier: ^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$, proven only when written without escapes.
    private bool Identifier(ref Utf8JsonReader reader, bool cached, out string? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String
            || reader.ValueIsEscaped
            || !ShapeProofs.IsIdentifier(reader.ValueSpan))
        {
            return false;
        }

        value = cached ? _cache.Get(reader.ValueSpan) : reader.GetString();
        return true;
    }

    // #/$defs/text: a string of at least one character; escapes are decoded (one that stands for no text
    // throws InvalidOperationException, which the caller takes as "not proven").
    private static bool Text(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length == 0)
        {
            return false;
        }

        value = reader.GetString();
        return true;
    }

    // #/$defs/date: ^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$.
    private bool Date(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        var text = reader.ValueSpan;
        if (!ShapeProofs.IsDate(text))
        {
            return false;
        }

        value = _cache.Get(text);
        return true;
    }

    // #/$defs/rating: a whole number from 0 (proven only when written as an int), or one of two words.
    private static bool ReadRating(ref Utf8JsonReader reader, out Rating rating)
    {
        rating = Rating.None;
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetInt32(out var level) || level < 0)
            {
                return false;
            }

            rating = Rating.AtLevel(level);
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        if (reader.ValueTextEquals(AssessmentJsonNames.Unknown))
        {
            rating = Rating.Unknown;
            return true;
        }

        if (reader.ValueTextEquals(AssessmentJsonNames.NotApplicable))
        {
            rating = Rating.NotApplicable;
            return true;
        }

        return false;
    }

    // A string equal to one of the words (an enum of strings), as that word's own instance.
    private static bool OneOf(ref Utf8JsonReader reader, string[] words, out string? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (reader.ValueTextEquals(word))
            {
                value = word;
                return true;
            }
        }

        return false;
    }

    private static bool Boolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    // "drivers": an array of distinct identifiers (uniqueItems). Proven up to MaxDrivers items, as on the
    // tree (ShapeProofs.DistinctIdentifiers): the pairwise check would grow with the square of a longer
    // list, and no real response names more drivers than that.
    private bool Drivers(ref Utf8JsonReader reader, out ImmutableArray<string> drivers)
    {
        drivers = ImmutableArray<string>.Empty;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count == MaxDrivers || !Identifier(ref reader, cached: true, out var driver))
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                // Identifiers have no escapes, so equal strings are equal JSON values.
                if (string.Equals(_strings[i], driver, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            Add(ref _strings, count++, driver!);
        }

        drivers = ImmutableArray.Create(_strings, 0, count);
        return true;
    }

    // "evidence": an array of texts.
    private bool ReadTexts(ref Utf8JsonReader reader, out ImmutableArray<string> texts)
    {
        texts = ImmutableArray<string>.Empty;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!Text(ref reader, out var text))
            {
                return false;
            }

            Add(ref _strings, count++, text!);
        }

        texts = ImmutableArray.Create(_strings, 0, count);
        return true;
    }

    // "solutions": an array of #/$defs/solution, each {"code"} or {"text"} or both, nothing else.
    private bool Solutions(ref Utf8JsonReader reader, out ImmutableArray<SolutionProposal> solutions)
    {
        solutions = ImmutableArray<SolutionProposal>.Empty;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var count = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? code = null, text = null;
            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var bit = reader.ValueIsEscaped ? 0
                    : reader.ValueTextEquals("code") ? 1
                    : reader.ValueTextEquals("text") ? 2
                    : 0;
                if (bit == 0 || (seen & bit) != 0)
                {
                    return false;
                }

                seen |= bit;
                reader.Read();
                var ok = bit == 1 ? Identifier(ref reader, cached: true, out code) : Text(ref reader, out text);
                if (!ok)
                {
                    return false;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || seen == 0)
            {
                return false;
            }

            Add(ref _solutions, count++, new SolutionProposal(code, text));
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            return false;
        }

        solutions = ImmutableArray.Create(_solutions, 0, count);
        return true;
    }

    private static void Add<T>(ref T[] buffer, int at, T item)
    {
        if (at == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        buffer[at] = item;
    }

    // The member's bit in #/$defs/response, or 0 when the name is not one of its members.
    private static int ResponseMember(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("id"u8) => 1,
        8 when name.SequenceEqual("question"u8) => 2,
        9 when name.SequenceEqual("informant"u8) => 4,
        10 when name.SequenceEqual("deskSource"u8) => 8,
        8 when name.SequenceEqual("locality"u8) => 16,
        6 when name.SequenceEqual("rating"u8) => 32,
        5 when name.SequenceEqual("notes"u8) => 64,
        7 when name.SequenceEqual("drivers"u8) => 128,
        9 when name.SequenceEqual("solutions"u8) => 256,
        8 when name.SequenceEqual("evidence"u8) => 512,
        11 when name.SequenceEqual("collectedOn"u8) => 1024,
        10 when name.SequenceEqual("extensions"u8) => 2048,
        _ => 0,
    };

    // The member's bit in #/$defs/informant, or 0.
    private static int InformantMember(ReadOnlySpan<byte> name) => name.Length switch
    {
        4 when name.SequenceEqual("code"u8) => 1,
        4 when name.SequenceEqual("type"u8) => 2,
        7 when name.SequenceEqual("consent"u8) => 4,
        7 when name.SequenceEqual("subtype"u8) => 8,
        8 when name.SequenceEqual("locality"u8) => 16,
        6 when name.SequenceEqual("gender"u8) => 32,
        7 when name.SequenceEqual("ageBand"u8) => 64,
        10 when name.SequenceEqual("extensions"u8) => 128,
        _ => 0,
    };
}
