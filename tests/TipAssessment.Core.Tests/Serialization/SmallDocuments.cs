using System.Text.Json.Nodes;

namespace TipAssessment.Tests.Serialization;

/// <summary>
/// A valid document for <see cref="TestFrameworks.Small"/>, as a tree each test changes in one place.
/// </summary>
internal static class SmallDocuments
{
    public static JsonObject Valid() => (JsonObject)JsonNode.Parse("""
        {
          "kind": "tipassessment.assessment",
          "formatVersion": "1.0",
          "id": "a-1",
          "title": "Test",
          "framework": { "id": "small", "version": "2.0.0" },
          "country": "NP",
          "localities": [ { "id": "loc-1", "name": "One" }, { "id": "loc-2", "name": "Two" } ],
          "deskSources": [ { "id": "ds-1", "source": "law", "citation": "The Act, 2007" } ],
          "informants": [
            { "code": "P-1", "type": "police", "subtype": "station", "locality": "loc-1",
              "consent": { "given": true, "rightToStopExplained": true } },
            { "code": "V-1", "type": "victim", "locality": "loc-1",
              "consent": { "given": true, "recordedOn": "2025-02-03", "rightToStopExplained": true } }
          ],
          "responses": [
            { "id": "r-1", "question": "t.victim-safe", "informant": "P-1", "locality": "loc-1", "rating": 2,
              "drivers": [ "no-training" ],
              "solutions": [ { "code": "training" }, { "text": "More staff." } ] },
            { "id": "r-2", "question": "t.victim-safe", "informant": "V-1", "locality": "loc-1",
              "rating": "unknown" },
            { "id": "r-3", "question": "t.desk-only", "deskSource": "ds-1", "rating": 1 }
          ],
          "findings": [ { "id": "f-1", "topic": "s.topic", "currentState": "Weak.", "responses": [ "r-1" ] } ]
        }
        """)!;

    /// <summary>The JSON text of a tree.</summary>
    public static string Text(this JsonNode node) => node.ToJsonString();
}
