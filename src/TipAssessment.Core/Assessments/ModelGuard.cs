using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace TipAssessment.Assessments;

/// <summary>
/// Catches caller bugs in an assessment built in code: a default <see cref="ImmutableArray{T}"/>, a null
/// element or a null required member, which would otherwise fail deep inside with a
/// <see cref="NullReferenceException"/>. One linear walk that allocates nothing unless it throws; the
/// exception names the parameter and the exact member (<c>assessment.Responses[3].Drivers</c>).
/// </summary>
internal static class ModelGuard
{
    /// <summary>Throws <see cref="ArgumentException"/> for the first malformed member.</summary>
    /// <param name="assessment">The assessment; not null (check that first).</param>
    /// <param name="paramName">The parameter the assessment came in by.</param>
    /// <param name="path">How the message names the assessment; <paramref name="paramName"/> when
    /// null (for example <c>options.Baseline</c>).</param>
    public static void Check(Assessment assessment, string paramName, string? path = null)
    {
        var at = new Where(paramName, path ?? paramName);
        Required(assessment.Id, at, "Id");
        Required(assessment.Title, at, "Title");
        Required(assessment.Country, at, "Country");
        Required(assessment.Extensions, at, "Extensions");
        var framework = assessment.Framework;
        Required(framework, at, "Framework");
        Required(framework.Id, at, "Framework.Id");
        Required(framework.Version, at, "Framework.Version");
        if (assessment.Provenance is { } provenance)
        {
            Required(provenance.Statement, at, "Provenance.Statement");
        }

        if (assessment.Period is { } period)
        {
            Required(period.Start, at, "Period.Start");
        }

        Strings(assessment.Assessors, at, "Assessors", -1, null);
        Items(assessment.Localities, at, "Localities", MissingOf);
        Items(assessment.DeskSources, at, "DeskSources", MissingOf);
        Items(assessment.Informants, at, "Informants", MissingOf);
        Responses(assessment.Responses, at);
        Findings(assessment.Findings, at);
        if (assessment.Redaction is { } redaction)
        {
            Required(redaction.RedactedOn, at, "Redaction.RedactedOn");
            Strings(redaction.Removed, at, "Redaction.Removed", -1, null);
        }
    }

    // An array of records: not default, no null element, and no record missing a required member (the
    // name `missing` gives, or null when none is missing).
    private static void Items<T>(ImmutableArray<T> items, Where at, string array, Func<T, string?> missing)
        where T : class
    {
        NotDefault(items, at, array);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i] ?? throw Null(at, array, i, null);
            if (missing(item) is { } member)
            {
                throw Null(at, array, i, member);
            }
        }
    }

    private static string? MissingOf(Locality item) =>
        item.Id is null ? "Id" : item.Name is null ? "Name" : item.Extensions is null ? "Extensions" : null;

    private static string? MissingOf(ConsultedSource item) =>
        item.Id is null ? "Id"
        : item.Source is null ? "Source"
        : item.Citation is null ? "Citation"
        : item.Extensions is null ? "Extensions"
        : null;

    private static string? MissingOf(Informant item) =>
        item.Code is null ? "Code"
        : item.Type is null ? "Type"
        : item.Consent is null ? "Consent"
        : item.Extensions is null ? "Extensions"
        : null;

    private static string? MissingOf(Finding item) =>
        item.Id is null ? "Id"
        : item.CurrentState is null ? "CurrentState"
        : item.Extensions is null ? "Extensions"
        : null;

    private static void Responses(ImmutableArray<Response> items, Where at)
    {
        NotDefault(items, at, "Responses");
        for (var i = 0; i < items.Length; i++)
        {
            // The hot loop (millions of responses): plain tests here, the telling in a cold method.
            var item = items[i];
            if (item is null || item.Id is null || item.Question is null || item.Extensions is null
                || !Clean(item.Drivers) || !Clean(item.Evidence) || !Clean(item.Solutions))
            {
                throw BadResponse(item, at, i);
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArgumentException BadResponse(Response? item, Where at, int i)
    {
        if (item is null || item.Id is null || item.Question is null || item.Extensions is null)
        {
            return Null(at, "Responses", i, item is null ? null
                : item.Id is null ? "Id"
                : item.Question is null ? "Question"
                : "Extensions");
        }

        return Bad(item.Drivers, at, i, "Drivers")
            ?? Bad(item.Evidence, at, i, "Evidence")
            ?? Bad(item.Solutions, at, i, "Solutions")!;
    }

    private static ArgumentException? Bad<T>(ImmutableArray<T> items, Where at, int i, string member)
        where T : class
    {
        if (items.IsDefault)
        {
            var type = typeof(T) == typeof(string) ? "string" : typeof(T).Name;
            return Default(at, "Responses", i, member, type);
        }

        for (var j = 0; j < items.Length; j++)
        {
            if (items[j] is null)
            {
                return NullElement(at, "Responses", i, member, j);
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Clean<T>(ImmutableArray<T> items)
        where T : class
    {
        if (items.IsDefault)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (item is null)
            {
                return false;
            }
        }

        return true;
    }

    private static void Findings(ImmutableArray<Finding> items, Where at)
    {
        Items(items, at, "Findings", MissingOf);
        for (var i = 0; i < items.Length; i++)
        {
            Strings(items[i].Responses, at, "Findings", i, "Responses");
        }
    }

    // A string array: the assessment's own (index -1, member null) or one of item `index` of `array`.
    private static void Strings(
        ImmutableArray<string> items, Where at, string array, int index, string? member)
    {
        if (items.IsDefault)
        {
            throw index < 0
                ? new ArgumentException(DefaultText(at.Path + "." + array, "string"), at.Param)
                : Default(at, array, index, member!, "string");
        }

        for (var j = 0; j < items.Length; j++)
        {
            if (items[j] is null)
            {
                throw index < 0
                    ? new ArgumentException($"{at.Path}.{array}[{j}] is null.", at.Param)
                    : NullElement(at, array, index, member!, j);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NotDefault<T>(ImmutableArray<T> items, Where at, string array)
    {
        if (items.IsDefault)
        {
            throw new ArgumentException(DefaultText(at.Path + "." + array, typeof(T).Name), at.Param);
        }
    }

    private static void Required(object? value, Where at, string member)
    {
        if (value is null)
        {
            throw new ArgumentException($"{at.Path}.{member} is null; it is required.", at.Param);
        }
    }

    // Item `index` of `array` is null (member null), or its `member` is.
    private static ArgumentException Null(Where at, string array, int index, string? member) =>
        new(member is null
            ? $"{at.Path}.{array}[{index}] is null."
            : $"{at.Path}.{array}[{index}].{member} is null; it is required.", at.Param);

    private static ArgumentException NullElement(Where at, string array, int index, string member, int j) =>
        new($"{at.Path}.{array}[{index}].{member}[{j}] is null.", at.Param);

    private static ArgumentException Default(Where at, string array, int index, string member, string type) =>
        new(DefaultText($"{at.Path}.{array}[{index}].{member}", type), at.Param);

    private static string DefaultText(string member, string type) =>
        $"{member} is a default ImmutableArray; use ImmutableArray<{type}>.Empty.";

    private readonly struct Where(string param, string path)
    {
        public string Param { get; } = param;

        public string Path { get; } = path;
    }
}
