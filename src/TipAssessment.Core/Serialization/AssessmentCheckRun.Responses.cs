using System.Collections.Generic;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>The checks of each response: its references, its rating and the do-no-harm rules.</summary>
internal sealed partial class AssessmentCheckRun
{
    private void CheckResponses(bool againstFramework)
    {
        var answered = new Dictionary<(string, string, string), string>(_a.Responses.Length);
        for (var i = 0; i < _a.Responses.Length; i++)
        {
            var response = _a.Responses[i];
            var informant = CheckSource(response, i);
            Locality(response.Locality, "responses", i);
            CheckDuplicateAnswer(response, i, answered);
            if (informant is not null && !informant.HasConsent())
            {
                Warning(ProblemCodes.NoConsent, At(i, "informant"),
                    $"The informant \"{informant.Code}\" has no recorded consent; this response is kept in "
                    + "the document but never counted in scores. Record consent, or remove the response.");
            }
            else if (informant is not null && Before(response.CollectedOn, informant.Consent.RecordedOn))
            {
                Warning(ProblemCodes.CollectedBeforeConsent, At(i, "collectedOn"),
                    $"The response was collected on {response.CollectedOn}, before the informant "
                    + $"\"{informant.Code}\" gave consent on {informant.Consent.RecordedOn}; consent "
                    + "comes first. Correct whichever date is wrong, or remove the response if consent "
                    + "came later.");
            }

            if (againstFramework)
            {
                CheckAgainstFramework(response, i, informant);
            }
        }
    }

    // Whether the whole of one date comes before the whole of another: "2025-11" is before "2025-12-03",
    // while "2025-12" is not, since that month holds the day. An impossible date (2025-02-30) has its own
    // error; nothing is said about its order.
    private static bool Before(string? earlier, string? later) =>
        earlier is not null && later is not null && !IsUnreal(earlier) && !IsUnreal(later)
        && CalendarDates.StartsAfter(later, earlier);

    // Resolves the response's source; returns the informant when it is one that exists.
    private Informant? CheckSource(Response response, int i)
    {
        if (response.Informant is { } code)
        {
            if (!_informants.TryGetValue(code, out var informant))
            {
                Error(ProblemCodes.UnknownInformant, At(i, "informant"),
                    $"No informant has the code \"{Texts.Shorten(code)}\"; add it to \"informants\" or "
                    + "correct the code.");
            }

            return informant;
        }

        if (response.DeskSource is { } source)
        {
            Reference(_sources.ContainsKey(source), ProblemCodes.UnknownDeskSource, At(i, "deskSource"),
                "consulted desk source", source, "deskSources");
        }

        return null;
    }

    private void CheckDuplicateAnswer(
        Response response,
        int i,
        Dictionary<(string, string, string), string> answered)
    {
        if (response.Informant is null)
        {
            return;
        }

        var key = (response.Informant, response.Question, response.Locality ?? string.Empty);
        if (!answered.TryGetValue(key, out var earlier))
        {
            answered.Add(key, response.Id);
            return;
        }

        var where = response.Locality is null ? "at national level" : $"in \"{response.Locality}\"";
        Warning(ProblemCodes.DuplicateAnswer, JsonPointers.Of("responses", i),
            $"The informant \"{response.Informant}\" already answered \"{response.Question}\" {where} in "
            + $"response \"{earlier}\"; merge the two (a follow-up interview belongs in the same response) "
            + "or correct the question, informant or locality of one of them.");
    }

    private void CheckAgainstFramework(Response response, int i, Informant? informant)
    {
        CheckCodes(response, i);
        var question = _f.FindQuestion(response.Question);
        if (question is null)
        {
            UnknownQuestion(At(i, "question"), response.Question);
            return;
        }

        CheckRating(response, i, question);
        if (informant is not null)
        {
            CheckInformantFits(question, i, informant);
        }
        else if (response.DeskSource is { } id && _sources.TryGetValue(id, out var source))
        {
            CheckDeskSourceFits(question, i, source.Source);
        }
    }

    private void CheckRating(Response response, int i, Question question)
    {
        if (response.Rating.Level is not { } level)
        {
            return;
        }

        var scale = _f.RatingScale;
        if (!scale.Contains(level))
        {
            Error(ProblemCodes.RatingOffScale, At(i, "rating"),
                $"The rating {level} is not on the framework's scale, which runs from {scale.MinLevel} to "
                + $"{scale.MaxLevel}; use a level on the scale, or \"unknown\", or \"not-applicable\".");
        }
        else if (!question.IsScored)
        {
            Error(ProblemCodes.RatingOnDescriptiveQuestion, At(i, "rating"),
                $"\"{question.Id}\" is a descriptive question and is never scored; remove the rating (keep "
                + "the notes), or use \"unknown\" or \"not-applicable\" to record coverage.");
        }
    }

    private void CheckInformantFits(Question question, int i, Informant informant)
    {
        if (informant.Type == WellKnownIds.VictimInformantType && !question.VictimSafe)
        {
            Error(ProblemCodes.UnsafeForVictim, At(i, "question"),
                $"\"{question.Id}\" is not safe to put to victims, but the response comes from the victim "
                + $"informant \"{informant.Code}\". Victims answer as experts on what they need and meet, "
                + "never about the exploitation they suffered: remove this response.");
            return;
        }

        if (_f.FindInformantType(informant.Type) is null || question.InformantTypes.Contains(informant.Type))
        {
            return;
        }

        Warning(ProblemCodes.InformantTypeNotListed, At(i, "informant"),
            question.InformantTypes.IsDefaultOrEmpty
                ? $"\"{question.Id}\" is answered by desk research only, but this response comes from the "
                  + $"informant \"{informant.Code}\"; check the question id."
                : $"The framework does not list \"{informant.Type}\" among those to ask \"{question.Id}\" "
                  + $"(it lists: {List(question.InformantTypes)}); check the question id or the informant.");
    }

    private void CheckDeskSourceFits(Question question, int i, string source)
    {
        if (_f.FindDeskSource(source) is not null && !question.DeskSources.Contains(source))
        {
            Warning(ProblemCodes.DeskSourceNotListed, At(i, "deskSource"),
                $"The framework does not list the desk source \"{source}\" for \"{question.Id}\" (it "
                + $"lists: {List(question.DeskSources)}); check that the response is filed under the right "
                + "question.");
        }
    }

    private void CheckCodes(Response response, int i)
    {
        for (var j = 0; j < response.Drivers.Length; j++)
        {
            if (_f.FindDriver(response.Drivers[j]) is null)
            {
                UnknownDriver(response.Drivers[j], JsonPointers.Of("responses", i, "drivers", j));
            }
        }

        for (var j = 0; j < response.Solutions.Length; j++)
        {
            if (response.Solutions[j].Code is { } code && _f.FindSolution(code) is null)
            {
                Error(ProblemCodes.UnknownSolution, JsonPointers.Of("responses", i, "solutions", j, "code"),
                    $"The framework's catalogue has no solution \"{Texts.Shorten(code)}\"; use a catalogue "
                    + "code, or put the proposal in \"text\" instead.");
            }
        }
    }

    // The first few unknown drivers list the framework's drivers; the rest point to the first, so that a
    // document of a million unknown codes does not hold a million copies of the catalogue.
    private void UnknownDriver(string id, string pointer)
    {
        var message = $"The framework has no driver \"{Texts.Shorten(id)}\". ";
        if (_unknownDrivers < FullListings)
        {
            _firstUnknownDriver ??= pointer;
            message += "Known drivers: " + List(_f.Drivers.Select(d => d.Id)) + ".";
        }
        else
        {
            message += $"The known drivers are listed with the unknown one at {_firstUnknownDriver}.";
        }

        _unknownDrivers++;
        Error(ProblemCodes.UnknownDriver, pointer, message);
    }

    private static string At(int response, string member) => JsonPointers.Of("responses", response, member);

    private static string List(IEnumerable<string> ids)
    {
        var all = ids.ToList();
        return all.Count == 0 ? "none" : string.Join(", ", all);
    }
}
