using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TipAssessment.Reports;

/// <summary>Writes a <see cref="GuideModel"/> as JSON, in a fixed member order.</summary>
internal static class GuideJson
{
    public static string Write(GuideModel guide)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var w = new Utf8JsonWriter(buffer, options))
        {
            w.WriteStartObject();
            w.WriteString("kind", InterviewGuide.Kind);
            Header(w, guide);
            Strings(w, "reminders", guide.Reminders);
            Informants(w, guide);
            Sections(w, guide);
            w.WriteEndObject();
        }

        return new UTF8Encoding(false).GetString(buffer.ToArray()) + "\n";
    }

    private static void Header(Utf8JsonWriter w, GuideModel guide)
    {
        w.WriteStartObject("framework");
        w.WriteString("id", guide.Framework.Id);
        w.WriteString("version", guide.Framework.Version);
        w.WriteString("language", guide.Framework.DefaultLanguage);
        w.WriteEndObject();
        w.WriteStartObject("informantType");
        w.WriteString("id", guide.Type.Id);
        w.WriteString("title", guide.Type.Title);
        w.WriteString("description", guide.Type.Description);
        w.WriteEndObject();
        w.WriteBoolean("victimSafeOnly", guide.VictimSafeOnly);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    private static void Informants(Utf8JsonWriter w, GuideModel guide)
    {
        if (guide.Assessment is null)
        {
            return;
        }

        w.WriteStartObject("assessment");
        w.WriteString("id", guide.Assessment.Id);
        w.WriteStartArray("informants");
        foreach (var i in guide.Informants)
        {
            w.WriteStartObject();
            w.WriteString("code", i.Code);
            w.WriteString("locality", i.Locality);
            w.WriteBoolean("consentGiven", i.Consent.Given);
            w.WriteBoolean("rightToStopExplained", i.Consent.RightToStopExplained);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Sections(Utf8JsonWriter w, GuideModel guide)
    {
        w.WriteStartArray("topics");
        foreach (var (section, topic, questions) in guide.Topics)
        {
            w.WriteStartObject();
            w.WriteString("section", section.Id);
            w.WriteString("sectionTitle", section.Title);
            w.WriteString("topic", topic.Id);
            w.WriteString("topicTitle", topic.Title);
            w.WriteStartArray("questions");
            foreach (var q in questions)
            {
                Question(w, q, guide.VictimSafeOnly);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Question(Utf8JsonWriter w, Framework.Question q, bool victim)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        w.WriteString("text", q.Text);
        w.WriteString("measure", q.IsScored ? "scored" : "descriptive");
        w.WriteBoolean("victimSafe", q.VictimSafe);
        if (victim && q.VictimSafetyNote is not null)
        {
            w.WriteString("howToAsk", q.VictimSafetyNote);
        }

        w.WriteEndObject();
    }
}
