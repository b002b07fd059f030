using System;
using System.Collections.Immutable;
using System.Linq;

namespace TipAssessment.Framework;

/// <summary>
/// Puts a framework into another language: question texts, topic titles and section titles are replaced
/// where the framework has a translation, and keep the default language's text where it has none.
/// </summary>
/// <remarks>Pure functions on immutable values; safe to call from several threads at once.</remarks>
public static class FrameworkTranslator
{
    /// <summary>
    /// Returns <paramref name="framework"/> with its texts in <paramref name="language"/> and that
    /// language as its <see cref="AssessmentFramework.DefaultLanguage"/>. The texts it replaces move into
    /// the translations under the old default language, so translating back restores the original exactly.
    /// </summary>
    /// <param name="framework">The framework to translate.</param>
    /// <param name="language">
    /// A BCP 47 language tag. It is matched to the framework's translations ignoring case, then by its
    /// primary subtag (<c>fr-CA</c> falls back to <c>fr</c>).
    /// </param>
    /// <returns>
    /// The translated framework; the same instance when <paramref name="language"/> is the default language
    /// or the framework has no translation into it (the texts stay as they are).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AssessmentFramework Translate(this AssessmentFramework framework, string language)
    {
        Guard.NotNull(framework, nameof(framework));
        Guard.NotNull(language, nameof(language));
        var key = FindLanguage(framework, language);
        if (key is null)
        {
            return framework;
        }

        var target = framework.Translations[key];
        var replaced = new FrameworkTranslation
        {
            Questions = Originals(target.Questions, framework.Questions, q => q.Id, q => q.Text),
            Topics = Originals(
                target.Topics,
                framework.Sections.SelectMany(s => s.Topics),
                t => t.Id,
                t => t.Title),
            Sections = Originals(target.Sections, framework.Sections, s => s.Id, s => s.Title),
        };
        return framework.With(d =>
        {
            d.Questions = framework.Questions
                .Select(q => Text(target.Questions, q.Id) is { } t ? q with { Text = t } : q)
                .ToImmutableArray();
            d.Sections = framework.Sections.Select(s => Translate(s, target)).ToImmutableArray();
            d.DefaultLanguage = key;
            d.Translations = framework.Translations.Remove(key).SetItem(framework.DefaultLanguage, replaced);
        });
    }

    private static Section Translate(Section section, FrameworkTranslation target) => section with
    {
        Title = Text(target.Sections, section.Id) ?? section.Title,
        Topics = section.Topics
            .Select(t => Text(target.Topics, t.Id) is { } title ? t with { Title = title } : t)
            .ToImmutableArray(),
    };

    private static string? Text(ImmutableSortedDictionary<string, string> texts, string id) =>
        texts.TryGetValue(id, out var text) ? text : null;

    /// <summary>
    /// The translation key for <paramref name="tag"/>; null when it means the default language.
    /// </summary>
    private static string? FindLanguage(AssessmentFramework framework, string tag) =>
        Match(framework, tag) ?? Match(framework, tag.Split('-')[0]);

    private static string? Match(AssessmentFramework framework, string tag) =>
        string.Equals(tag, framework.DefaultLanguage, StringComparison.OrdinalIgnoreCase)
            ? null
            : framework.Translations.Keys
                .FirstOrDefault(k => string.Equals(k, tag, StringComparison.OrdinalIgnoreCase));

    /// <summary>The default-language texts of the elements that a translation replaces.</summary>
    private static ImmutableSortedDictionary<string, string> Originals<T>(
        ImmutableSortedDictionary<string, string> translated,
        System.Collections.Generic.IEnumerable<T> elements,
        Func<T, string> id,
        Func<T, string> text)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (translated.ContainsKey(id(element)) && !builder.ContainsKey(id(element)))
            {
                builder.Add(id(element), text(element));
            }
        }

        return builder.ToImmutable();
    }
}
