using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// The hand-written proofs that let the schema skip the responses and informants are sound: whatever they
/// vouch for, the full JSON Schema accepts; and with them the schema step reports exactly what it did
/// without them.
/// </summary>
public class AssessmentItemShapesTests
{
    private const string Schema = "assessment.schema.json";

    public static IEnumerable<object[]> Responses() => new[]
    {
        """{"id":"r-1","question":"prot.police-training","informant":"K-001","locality":"dist-a"}""",
        """{"id":"r-1","question":"q","deskSource":"ds","rating":2,"notes":"n","collectedOn":"2025-02-03"}""",
        """{"id":"r-1","question":"q","informant":"K-001","rating":"unknown","drivers":["a","b"]}""",
        """{"id":"r-1","question":"q","informant":"K","solutions":[{"code":"c"},{"text":"t","code":"d"}]}""",
        """{"id":"r-1","question":"q","informant":"K","evidence":["p. 4"],"collectedOn":"2025"}""",
        """{"id":"r-1","question":"q","informant":"K","rating":"not-applicable","collectedOn":"2025-02"}""",
        """{"id":"r-1","question":"q","informant":"K","deskSource":"ds"}""",
        """{"id":"r-1","question":"q"}""",
        """{"id":"-r","question":"q","informant":"K"}""",
        """{"id":"r 1","question":"q","informant":"K"}""",
        """{"id":"r\u002D1","question":"q","informant":"K"}""",
        """{"id":"r-1","question":"q","informant":"K","notes":""}""",
        """{"id":"r-1","question":"q","informant":"K","rating":-1}""",
        """{"id":"r-1","question":"q","informant":"K","rating":1.5}""",
        """{"id":"r-1","question":"q","informant":"K","rating":2.0}""",
        """{"id":"r-1","question":"q","informant":"K","rating":"Unknown"}""",
        """{"id":"r-1","question":"q","informant":"K","drivers":["a","a"]}""",
        """{"id":"r-1","question":"q","informant":"K","drivers":"a"}""",
        """{"id":"r-1","question":"q","informant":"K","solutions":[{}]}""",
        """{"id":"r-1","question":"q","informant":"K","solutions":[{"code":"c","why":"w"}]}""",
        """{"id":"r-1","question":"q","informant":"K","collectedOn":"2025-2-03"}""",
        """{"id":"r-1","question":"q","informant":"K","evidence":[""]}""",
        """{"id":"r-1","question":"q","informant":"K","extensions":{"org.example.app":1}}""",
        """{"id":"r-1","question":"q","informant":"K","name":"Jane"}""",
        """{"id":"r-1","question":"q","informant":null}""",
        "[]",
    }.Select(s => new object[] { s });

    public static IEnumerable<object[]> Informants() => new[]
    {
        """{"code":"K-1","type":"victim","consent":{"given":true,"rightToStopExplained":false}}""",
        """{"code":"K-1","type":"t","subtype":"s","locality":"l","gender":"female","ageBand":"65+",""" +
            """ "consent":{"given":false,"recordedOn":"2025-01-02","rightToStopExplained":true}}""",
        """{"code":"K-1","type":"t","consent":{"given":true}}""",
        """{"code":"K-1","type":"t","consent":{"given":"yes","rightToStopExplained":true}}""",
        """{"code":"K-1","type":"t","gender":"f","consent":{"given":true,"rightToStopExplained":true}}""",
        """{"code":"K-1","type":"t","ageBand":"66+","consent":{"given":true,"rightToStopExplained":true}}""",
        """{"code":"K-1","consent":{"given":true,"rightToStopExplained":true}}""",
        """{"code":"K-1","type":"t","name":"N","consent":{"given":true,"rightToStopExplained":true}}""",
        """{"code":"K-1","type":"t","consent":{"given":true,"rightToStopExplained":true,"by":"x"}}""",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Responses))]
    public void Response_Proven_OnlyWhenTheFullSchemaAccepts(string item) =>
        AssertSound(item, "responses", AssessmentItemShapes.Response);

    [Theory]
    [MemberData(nameof(Informants))]
    public void Informant_Proven_OnlyWhenTheFullSchemaAccepts(string item) =>
        AssertSound(item, "informants", AssessmentItemShapes.Informant);

    [Fact]
    public void Response_PlainValidItems_AreProvenSoTheFastPathIsTaken()
    {
        var proven = Responses().Select(a => (string)a[0]).Take(6)
            .Count(s => AssessmentItemShapes.Response(JsonDocument.Parse(s).RootElement));

        Assert.Equal(6, proven);
    }

    [Theory]
    [MemberData(nameof(Responses))]
    public void Validate_WithProofs_ReportsWhatTheFullSchemaReports(string item)
    {
        using var document = JsonDocument.Parse(MinimalWith("responses", item));

        var fast = SchemaValidation.Validate(document.RootElement, Schema, AssessmentItemShapes.Arrays);
        var full = SchemaValidation.Validate(document.RootElement, Schema);

        Assert.Equal(full.Select(p => p.ToString()), fast.Select(p => p.ToString()));
    }

    private static void AssertSound(string item, string array, Func<JsonElement, bool> proof)
    {
        using var document = JsonDocument.Parse(MinimalWith(array, item));
        var schemaAccepts = SchemaValidation.Validate(document.RootElement, Schema).IsEmpty;
        var proven = proof(document.RootElement.GetProperty(array)[0]);

        Assert.True(!proven || schemaAccepts, $"proven but the schema rejects {item}");
    }

    // The minimal sample with its array replaced by one item.
    private static string MinimalWith(string array, string item)
    {
        var root = JsonNode.Parse(File.ReadAllText(SampleFiles.Minimal))!.AsObject();
        root[array] = new JsonArray(JsonNode.Parse(item));
        return root.ToJsonString();
    }
}
