using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>The checks of dates and the country code.</summary>
internal sealed partial class AssessmentCheckRun
{
    private void CheckDates()
    {
        if (_a.Period is { } period)
        {
            Date(period.Start, "/period/start");
            Date(period.End, "/period/end");
            if (period.End is { } end && CalendarDates.IsReal(period.Start) && CalendarDates.IsReal(end)
                && CalendarDates.StartsAfter(period.Start, end))
            {
                Error(ProblemCodes.PeriodReversed, "/period/end",
                    $"The period ends ({end}) before it starts ({period.Start}); swap or correct the dates.");
            }
        }

        // Pointers are built only for the dates that fail: building one per item cost more than the check.
        for (var i = 0; i < _a.DeskSources.Length; i++)
        {
            if (IsUnreal(_a.DeskSources[i].Accessed))
            {
                Date(_a.DeskSources[i].Accessed, JsonPointers.Of("deskSources", i, "accessed"));
            }
        }

        for (var i = 0; i < _a.Informants.Length; i++)
        {
            if (IsUnreal(_a.Informants[i].Consent.RecordedOn))
            {
                Date(_a.Informants[i].Consent.RecordedOn, JsonPointers.Of("informants", i, "consent", "recordedOn"));
            }
        }

        for (var i = 0; i < _a.Responses.Length; i++)
        {
            if (IsUnreal(_a.Responses[i].CollectedOn))
            {
                Date(_a.Responses[i].CollectedOn, JsonPointers.Of("responses", i, "collectedOn"));
            }
        }
    }

    private static bool IsUnreal(string? date) => date is not null && !CalendarDates.IsReal(date);

    private void Date(string? date, string pointer)
    {
        if (date is not null && IsUnreal(date))
        {
            Error(ProblemCodes.InvalidDate, pointer,
                $"\"{Texts.Shorten(date)}\" is not a real calendar date; write YYYY-MM-DD, YYYY-MM or YYYY "
                + "with a month from 01 to 12 and a day that exists in that month.");
        }
    }

    private void CheckCountry()
    {
        if (!IsoCountries.IsAssigned(_a.Country))
        {
            Warning(ProblemCodes.UnknownCountry, "/country",
                $"\"{Texts.Shorten(_a.Country)}\" is not an assigned ISO 3166-1 alpha-2 country code; "
                + "check it (Nepal is \"NP\", for example).");
        }
    }
}
