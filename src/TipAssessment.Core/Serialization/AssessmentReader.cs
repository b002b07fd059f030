using System;
using System.Collections.Immutable;
using System.Text.Json;
using TipAssessment.Assessments;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// Builds the model from a document that has passed schema validation, so every member has its declared
/// type. The one thing the schema cannot rule out is a whole number that no <see cref="int"/> holds (such
/// as a rating of <c>1e400</c> or a redaction <c>k</c> of <c>5000000000</c>); it is reported, and the model
/// is not returned. Whole numbers written with a fraction or exponent (<c>2.0</c>, <c>1e1</c>) are read as
/// the integers JSON Schema takes them for.
/// </summary>
internal sealed class AssessmentReader
{
    private readonly ImmutableArray<Problem>.Builder _problems = ImmutableArray.CreateBuilder<Problem>();

    private AssessmentReader()
    {
    }

    /// <summary>
    /// Reads the model and the problems met while reading (only whole numbers out of range).
    /// </summary>
    public static (Assessment Assessment, ImmutableArray<Problem> Problems) Read(JsonElement root)
    {
        var reader = new AssessmentReader();
        var framework = root.GetProperty("framework");
        var assessment = new Assessment
        {
            Id = Str(root, "id")!,
            Title = Str(root, "title")!,
            Framework = new FrameworkReference(Str(framework, "id")!, Str(framework, "version")!),
            Country = Str(root, "country")!,
            Provenance = Obj(root, "provenance", p => new Provenance(
                AssessmentJsonNames.ProvenanceKindOf(Str(p, "kind")!), Str(p, "statement")!)),
            Period = Obj(root, "period", p => new AssessmentPeriod(Str(p, "start")!, Str(p, "end"))),
            Organisation = Str(root, "organisation"),
            Assessors = Strings(root, "assessors"),
            Localities = Items(root, "localities", (e, _) => ReadLocality(e)),
            DeskSources = Items(root, "deskSources", (e, _) => ReadDeskSource(e)),
            Informants = Items(root, "informants", (e, _) => ReadInformant(e)),
            Responses = Items(root, "responses", reader.ReadResponse),
            Findings = Items(root, "findings", (e, _) => ReadFinding(e)),
            Extensions = ExtensionJson.Read(root),
            Redaction = Obj(root, "redaction", reader.ReadRedaction),
        };
        return (assessment, reader._problems.ToImmutable());
    }

    private static Locality ReadLocality(JsonElement e) => new()
    {
        Id = Str(e, "id")!,
        Name = Str(e, "name")!,
        Kind = Str(e, "kind"),
        Code = Str(e, "code"),
        Extensions = ExtensionJson.Read(e),
    };

    private static ConsultedSource ReadDeskSource(JsonElement e) => new()
    {
        Id = Str(e, "id")!,
        Source = Str(e, "source")!,
        Citation = Str(e, "citation")!,
        Url = Str(e, "url"),
        Accessed = Str(e, "accessed"),
        Extensions = ExtensionJson.Read(e),
    };

    private static Informant ReadInformant(JsonElement e)
    {
        var consent = e.GetProperty("consent");
        return new Informant
        {
            Code = Str(e, "code")!,
            Type = Str(e, "type")!,
            Subtype = Str(e, "subtype"),
            Locality = Str(e, "locality"),
            Gender = Str(e, "gender"),
            AgeBand = Str(e, "ageBand"),
            Consent = new Consent(
                consent.GetProperty("given").GetBoolean(),
                Str(consent, "recordedOn"),
                consent.GetProperty("rightToStopExplained").GetBoolean()),
            Extensions = ExtensionJson.Read(e),
        };
    }

    private RedactionRecord ReadRedaction(JsonElement e)
    {
        var settings = e.GetProperty("settings");
        var k = settings.GetProperty("k");
        if (!RatingNumbers.TryGetLevel(k, out var smallest))
        {
            _problems.Add(Problem.Error(
                ProblemCodes.SchemaViolation,
                "/redaction/settings/k",
                $"The k of {Texts.Shorten(k.GetRawText())} is larger than any count of informants can be; "
                + "write the k the copy was redacted with (such as 5)."));
        }

        return new RedactionRecord(Str(e, "redactedOn")!, smallest, Strings(settings, "removed"));
    }

    private static Finding ReadFinding(JsonElement e) => new()
    {
        Id = Str(e, "id")!,
        Question = Str(e, "question"),
        Topic = Str(e, "topic"),
        Locality = Str(e, "locality"),
        CurrentState = Str(e, "currentState")!,
        Responses = Strings(e, "responses"),
        Extensions = ExtensionJson.Read(e),
    };

    private Response ReadResponse(JsonElement e, int index) => new()
    {
        Id = Str(e, "id")!,
        Question = Str(e, "question")!,
        Informant = Str(e, "informant"),
        DeskSource = Str(e, "deskSource"),
        Locality = Str(e, "locality"),
        Rating = ReadRating(e, index),
        Notes = Str(e, "notes"),
        Drivers = Strings(e, "drivers"),
        Solutions = Items(e, "solutions", (s, _) => new SolutionProposal(Str(s, "code"), Str(s, "text"))),
        Evidence = Strings(e, "evidence"),
        CollectedOn = Str(e, "collectedOn"),
        Extensions = ExtensionJson.Read(e),
    };

    private Rating ReadRating(JsonElement response, int index)
    {
        if (!response.TryGetProperty("rating", out var rating))
        {
            return Rating.None;
        }

        if (rating.ValueKind == JsonValueKind.String)
        {
            return rating.GetString() == AssessmentJsonNames.Unknown ? Rating.Unknown : Rating.NotApplicable;
        }

        if (RatingNumbers.TryGetLevel(rating, out var level))
        {
            return Rating.AtLevel(level);
        }

        _problems.Add(Problem.Error(
            ProblemCodes.RatingOffScale,
            JsonPointers.Of("responses", index, "rating"),
            $"The rating {Texts.Shorten(rating.GetRawText())} is not a level on any rating scale; "
            + "use a whole number on the framework's scale, or \"unknown\", or \"not-applicable\"."));
        return Rating.None;
    }

    private static string? Str(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static T? Obj<T>(JsonElement owner, string name, Func<JsonElement, T> read)
        where T : class =>
        owner.TryGetProperty(name, out var value) ? read(value) : null;

    private static ImmutableArray<string> Strings(JsonElement owner, string name) =>
        Items(owner, name, (e, _) => e.GetString()!);

    private static ImmutableArray<T> Items<T>(JsonElement owner, string name, Func<JsonElement, int, T> read)
    {
        if (!owner.TryGetProperty(name, out var array))
        {
            return ImmutableArray<T>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            builder.Add(read(item, builder.Count));
        }

        return builder.MoveToImmutable();
    }
}
