using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TipAssessment.Benchmarks;

// The floor of import and export: the same document as plain classes, read and written by the
// System.Text.Json source generator with no validation at all. Extension members are skipped.
public sealed class AssessmentDto
{
    [JsonPropertyName("$schema")] public string? Schema { get; set; }
    public string? Kind { get; set; }
    public string? FormatVersion { get; set; }
    public string? Id { get; set; }
    public string? Title { get; set; }
    public FrameworkDto? Framework { get; set; }
    public string? Country { get; set; }
    public ProvenanceDto? Provenance { get; set; }
    public PeriodDto? Period { get; set; }
    public string? Organisation { get; set; }
    public List<string>? Assessors { get; set; }
    public List<LocalityDto>? Localities { get; set; }
    public List<DeskSourceDto>? DeskSources { get; set; }
    public List<InformantDto>? Informants { get; set; }
    public List<ResponseDto>? Responses { get; set; }
}

public sealed class FrameworkDto
{
    public string? Id { get; set; }
    public string? Version { get; set; }
}

public sealed class ProvenanceDto
{
    public string? Kind { get; set; }
    public string? Statement { get; set; }
}

public sealed class PeriodDto
{
    public string? Start { get; set; }
    public string? End { get; set; }
}

public sealed class LocalityDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Code { get; set; }
}

public sealed class DeskSourceDto
{
    public string? Id { get; set; }
    public string? Source { get; set; }
    public string? Citation { get; set; }
    public string? Url { get; set; }
    public string? Accessed { get; set; }
}

public sealed class InformantDto
{
    public string? Code { get; set; }
    public string? Type { get; set; }
    public string? Subtype { get; set; }
    public string? Locality { get; set; }
    public string? Gender { get; set; }
    public string? AgeBand { get; set; }
    public ConsentDto? Consent { get; set; }
}

public sealed class ConsentDto
{
    public bool Given { get; set; }
    public string? RecordedOn { get; set; }
    public bool RightToStopExplained { get; set; }
}

public sealed class ResponseDto
{
    public string? Id { get; set; }
    public string? Question { get; set; }
    public string? Informant { get; set; }
    public string? DeskSource { get; set; }
    public string? Locality { get; set; }
    [JsonConverter(typeof(RatingDtoConverter))] public RatingDto? Rating { get; set; }
    public string? Notes { get; set; }
    public List<string>? Drivers { get; set; }
    public List<SolutionDto>? Solutions { get; set; }
    public List<string>? Evidence { get; set; }
    public string? CollectedOn { get; set; }
}

public sealed class SolutionDto
{
    public string? Code { get; set; }
    public string? Text { get; set; }
}

// A rating is a level (a number) or a word ("unknown", "not-applicable").
public readonly record struct RatingDto(int Level, string? Word);

public sealed class RatingDtoConverter : JsonConverter<RatingDto?>
{
    public override RatingDto? Read(
        ref Utf8JsonReader reader,
        System.Type typeToConvert,
        JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? new RatingDto((int)reader.GetDouble(), null)
            : new RatingDto(0, reader.GetString());

    public override void Write(Utf8JsonWriter writer, RatingDto? value, JsonSerializerOptions options)
    {
        if (value is not { } rating)
        {
            writer.WriteNullValue();
        }
        else if (rating.Word is null)
        {
            writer.WriteNumberValue(rating.Level);
        }
        else
        {
            writer.WriteStringValue(rating.Word);
        }
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(AssessmentDto))]
internal sealed partial class PlainJsonContext : JsonSerializerContext;
