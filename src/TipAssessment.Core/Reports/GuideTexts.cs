using System.Collections.Immutable;

namespace TipAssessment.Reports;

/// <summary>The do-no-harm reminders of the interview guide.</summary>
internal static class GuideTexts
{
    public static readonly ImmutableArray<string> Common = ImmutableArray.Create(
        "Consent first: before any question, say who you are, why you ask, how the answers will be used " +
            "and kept, and that taking part is voluntary. Record that consent was given, and when; a " +
            "response without recorded consent is never counted.",
        "The right to stop: tell the informant they may skip any question, stop at any time and withdraw " +
            "later, with no consequence for them or their work; record that you explained it.",
        "Pseudonymous codes only: record the informant's code (such as K-014), never a name, contact " +
            "detail or anything else that identifies them, and keep the key linking codes to people " +
            "outside the assessment files.",
        "Ask about practice and institutions, not about identifiable people or cases; do not write down " +
            "names the informant mentions.");

    public static readonly ImmutableArray<string> ForVictims = ImmutableArray.Create(
        "Victims and survivors take part as experts on what victims need and meet. Never ask about the " +
            "exploitation they suffered, how they were trafficked or who exploited them; if they begin to " +
            "tell it, do not probe, and return gently to the questions below.",
        "Put only the questions below to a victim: the framework marks every other question unsafe for " +
            "victims, and an assessment that records a victim's answer to one is refused on import.",
        "Before the interview, have a referral ready (shelter, counselling, medical and legal aid); watch " +
            "for distress, and pause or stop when you see it.",
        "Meet in a private place the person chooses, with an interpreter they accept, and never where the " +
            "people who exploited them could see or hear.");
}
