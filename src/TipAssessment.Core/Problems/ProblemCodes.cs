namespace TipAssessment.Problems;

/// <summary>
/// The stable problem codes of the library. Codes are dotted: the first part names the stage that found
/// the problem (<c>json</c> reading, <c>schema</c> validation, <c>ref</c> references, <c>rule</c> meaning).
/// A code, once published, keeps its meaning; new codes may be added in minor versions.
/// </summary>
/// <remarks>Each part of the library declares its codes in a file of its own (this class is
/// partial).</remarks>
public static partial class ProblemCodes
{
    /// <summary>The text is not well-formed JSON; the problem carries a line and position.</summary>
    public const string MalformedJson = "json.malformed";

    /// <summary>The document is empty.</summary>
    public const string EmptyDocument = "json.empty";

    /// <summary>The bytes are not valid UTF-8.</summary>
    public const string NotUtf8 = "json.not-utf8";

    /// <summary>
    /// An object has the same member name twice; JSON readers disagree on which wins, so we refuse both.
    /// </summary>
    public const string DuplicateKey = "json.duplicate-key";

    /// <summary>The document is larger than the configured limit.</summary>
    public const string TooLarge = "json.too-large";

    /// <summary>The document nests deeper than the configured limit.</summary>
    public const string TooDeep = "json.too-deep";

    /// <summary>
    /// A member the format does not define (usually a typo; tool data belongs under <c>extensions</c>).
    /// </summary>
    public const string UnknownMember = "schema.unknown-member";

    /// <summary>A required member is missing.</summary>
    public const string MissingMember = "schema.missing-member";

    /// <summary>A value has the wrong JSON type.</summary>
    public const string WrongType = "schema.wrong-type";

    /// <summary>
    /// A value breaks another rule of the JSON Schema (pattern, range, enumeration, length...).
    /// </summary>
    public const string SchemaViolation = "schema.invalid";

    /// <summary>
    /// The document names a kind other than the one expected (a framework where an assessment was wanted).
    /// </summary>
    public const string WrongKind = "format.wrong-kind";

    /// <summary>The document's <c>formatVersion</c> is not one this library understands.</summary>
    public const string UnknownFormatVersion = "format.unknown-version";
}
