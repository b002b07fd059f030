using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TipAssessment.Assessments;
using TipAssessment.Framework;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// The meaning checks of an assessment that has passed the schema: ids unique, references that resolve
/// inside the document, and (when the document names this framework) references to the framework, the
/// rating scale and the do-no-harm rules. One run per check; not thread-safe, never shared.
/// </summary>
/// <remarks>
/// When the document names another framework, only the mismatch and the checks inside the document are
/// reported: checking questions against the wrong framework would bury the one problem that matters.
/// </remarks>
internal sealed partial class AssessmentCheckRun
{
    private readonly Assessment _a;
    private readonly AssessmentFramework _f;
    private readonly List<Problem> _problems = new();
    private readonly HashSet<string> _localities;
    private readonly Dictionary<string, Informant> _informants;
    private readonly Dictionary<string, ConsultedSource> _sources;
    private const int FullListings = 10;

    private Dictionary<string, int> _responses = new(StringComparer.Ordinal);
    private int _unknownDrivers;
    private string? _firstUnknownDriver;

    private AssessmentCheckRun(Assessment assessment, AssessmentFramework framework)
    {
        _a = assessment;
        _f = framework;
        _localities = new HashSet<string>(assessment.Localities.Select(l => l.Id), StringComparer.Ordinal);
        _informants = FirstById(assessment.Informants, i => i.Code);
        _sources = FirstById(assessment.DeskSources, s => s.Id);
    }

    /// <summary>Runs every check; problems come in a deterministic order (pointer, code, message).</summary>
    public static ImmutableArray<Problem> Run(Assessment assessment, AssessmentFramework framework)
    {
        var run = new AssessmentCheckRun(assessment, framework);
        var againstFramework = run.CheckFrameworkReference();
        run.CheckUniqueIds();
        run.CheckDates();
        run.CheckCountry();
        run.CheckInformants(againstFramework);
        run.CheckDeskSources(againstFramework);
        run.CheckResponses(againstFramework);
        run.CheckFindings(againstFramework);
        return ProblemLists.Sorted(run._problems);
    }

    private bool CheckFrameworkReference()
    {
        var named = _a.Framework;
        if (named.Id == _f.Id && named.Version == _f.Version)
        {
            return true;
        }

        Error(
            ProblemCodes.FrameworkMismatch,
            named.Id == _f.Id ? "/framework/version" : "/framework/id",
            $"The document is coded against framework \"{named.Id}\" version \"{named.Version}\", but was "
            + $"checked against \"{_f.Id}\" version \"{_f.Version}\"; load the framework the document names. "
            + "Checks of questions, types, drivers and the rating scale were skipped.");
        return false;
    }

    private void CheckUniqueIds()
    {
        Unique("localities", "id", _a.Localities.Select(l => l.Id));
        Unique("deskSources", "id", _a.DeskSources.Select(s => s.Id));
        Unique("informants", "code", _a.Informants.Select(i => i.Code));
        _responses = Unique("responses", "id", _a.Responses.Select(r => r.Id), _a.Responses.Length);
        Unique("findings", "id", _a.Findings.Select(f => f.Id));
    }

    // Reports every repeated id; returns each id's first index.
    private Dictionary<string, int> Unique(string collection, string member, IEnumerable<string> ids, int count = 0)
    {
        var first = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (first.TryGetValue(id, out var earlier))
            {
                Error(ProblemCodes.DuplicateId, JsonPointers.Of(collection, index, member),
                    $"The {member} \"{Texts.Shorten(id)}\" is already used by item {earlier} of "
                    + $"\"{collection}\"; ids must be unique so that evidence can be cited stably.");
            }
            else
            {
                first.Add(id, index);
            }

            index++;
        }

        return first;
    }

    private void CheckInformants(bool againstFramework)
    {
        for (var i = 0; i < _a.Informants.Length; i++)
        {
            var informant = _a.Informants[i];
            Locality(informant.Locality, "informants", i);
            if (againstFramework)
            {
                CheckInformantType(informant, i);
            }
        }
    }

    private void CheckInformantType(Informant informant, int i)
    {
        var type = _f.FindInformantType(informant.Type);
        if (type is null)
        {
            Error(ProblemCodes.UnknownInformantType, JsonPointers.Of("informants", i, "type"),
                $"The framework has no informant type \"{Texts.Shorten(informant.Type)}\". Known types: "
                + string.Join(", ", _f.InformantTypes.Select(t => t.Id)) + ".");
        }
        else if (informant.Subtype is { } subtype && !type.Subtypes.Any(s => s.Id == subtype))
        {
            var known = type.Subtypes.IsDefaultOrEmpty
                ? "none"
                : string.Join(", ", type.Subtypes.Select(s => s.Id));
            Error(ProblemCodes.UnknownInformantSubtype, JsonPointers.Of("informants", i, "subtype"),
                $"The informant type \"{type.Id}\" has no subtype \"{Texts.Shorten(subtype)}\". "
                + $"Its subtypes: {known}.");
        }
    }

    private void CheckDeskSources(bool againstFramework)
    {
        for (var i = 0; i < _a.DeskSources.Length && againstFramework; i++)
        {
            var source = _a.DeskSources[i].Source;
            if (_f.FindDeskSource(source) is null)
            {
                Error(ProblemCodes.UnknownDeskSource, JsonPointers.Of("deskSources", i, "source"),
                    $"The framework has no desk source \"{Texts.Shorten(source)}\". Known sources: "
                    + string.Join(", ", _f.DeskSources.Select(s => s.Id)) + ".");
            }
        }
    }

    private void CheckFindings(bool againstFramework)
    {
        for (var i = 0; i < _a.Findings.Length; i++)
        {
            var finding = _a.Findings[i];
            Locality(finding.Locality, "findings", i);
            for (var j = 0; j < finding.Responses.Length; j++)
            {
                var id = finding.Responses[j];
                Reference(_responses.ContainsKey(id), ProblemCodes.UnknownResponse,
                    JsonPointers.Of("findings", i, "responses", j), "response", id, "responses");
            }

            if (againstFramework && finding.Question is { } question && _f.FindQuestion(question) is null)
            {
                UnknownQuestion(JsonPointers.Of("findings", i, "question"), question);
            }

            if (againstFramework && finding.Topic is { } topic && _f.FindTopic(topic) is null)
            {
                Error(ProblemCodes.UnknownTopic, JsonPointers.Of("findings", i, "topic"),
                    $"The framework has no topic \"{Texts.Shorten(topic)}\".");
            }
        }
    }

    // The item's "locality" member; its pointer is built only when the reference fails.
    private void Locality(string? id, string collection, int index)
    {
        if (id is not null && !_localities.Contains(id))
        {
            Reference(false, ProblemCodes.UnknownLocality, JsonPointers.Of(collection, index, "locality"),
                "locality", id, "localities");
        }
    }

    private void Reference(
        bool exists,
        string code,
        string pointer,
        string what,
        string id,
        string collection)
    {
        if (!exists)
        {
            Error(code, pointer,
                $"No {what} has the id \"{Texts.Shorten(id)}\"; add it to \"{collection}\" or correct the "
                + "reference.");
        }
    }

    private void UnknownQuestion(string pointer, string id) =>
        Error(ProblemCodes.UnknownQuestion, pointer,
            $"The framework \"{_f.Id}\" {_f.Version} has no question \"{Texts.Shorten(id)}\"; check the id "
            + "(question ids look like \"prot.police-training\", local ones like \"ns:name\").");

    private void Error(string code, string pointer, string message) =>
        _problems.Add(Problem.Error(code, pointer, message));

    private void Warning(string code, string pointer, string message) =>
        _problems.Add(Problem.Warning(code, pointer, message));

    private static Dictionary<string, T> FirstById<T>(ImmutableArray<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!map.ContainsKey(id(item)))
            {
                map.Add(id(item), item);
            }
        }

        return map;
    }
}
