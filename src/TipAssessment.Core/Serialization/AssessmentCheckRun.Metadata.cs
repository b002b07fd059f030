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

        for (var i = 0; i < _a.DeskSources.Length; i++)
        {
            Date(_a.DeskSources[i].Accessed, JsonPointers.Of("deskSources", i, "accessed"));
        }

        for (var i = 0; i < _a.Informants.Length; i++)
        {
            var pointer = JsonPointers.Of("informants", i, "consent", "recordedOn");
            Date(_a.Informants[i].Consent.RecordedOn, pointer);
        }

        for (var i = 0; i < _a.Responses.Length; i++)
        {
            Date(_a.Responses[i].CollectedOn, JsonPointers.Of("responses", i, "collectedOn"));
        }
    }

    private void Date(string? date, string pointer)
    {
        if (date is not null && !CalendarDates.IsReal(date))
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
