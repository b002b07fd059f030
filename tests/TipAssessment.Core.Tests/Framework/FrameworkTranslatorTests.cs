using System.Linq;
using TipAssessment.Framework;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Framework;

public class FrameworkTranslatorTests
{
    private static readonly AssessmentFramework Standard = StandardFramework.Load();

    private static FrameworkTranslation French => Standard.Translations["fr"];

    [Fact]
    public void Translate_French_ReplacesTranslatedTextsAndKeepsTheOthers()
    {
        var translated = Standard.Translate("fr");

        Assert.Equal("fr", translated.DefaultLanguage);
        Assert.All(translated.Questions, q => Assert.Equal(
            French.Questions.TryGetValue(
                q.Id,
                out var text) ? text : Standard.FindQuestion(q.Id)!.Text, q.Text));
        Assert.All(translated.Sections, s => Assert.Equal(French.Sections[s.Id], s.Title));
        Assert.Contains(translated.Questions, q => q.Text == Standard.FindQuestion(q.Id)!.Text);
    }

    [Fact]
    public void Translate_French_KeepsIdsStructureAndValidity()
    {
        var translated = Standard.Translate("fr");

        Assert.Equal(Standard.Questions.Select(q => q.Id), translated.Questions.Select(q => q.Id));
        Assert.Equal(
            Standard.Placements.Select(p => p.Question.Id),
            translated.Placements.Select(p => p.Question.Id));
        Assert.Empty(FrameworkValidator.Validate(translated));
    }

    [Fact]
    public void Translate_BackToEnglish_RestoresTheOriginalDocument()
    {
        var roundTrip = Standard.Translate("fr").Translate("en");

        Assert.Equal(FrameworkJson.Export(Standard), FrameworkJson.Export(roundTrip));
    }

    [Fact]
    public void Translate_RegionalTag_FallsBackToThePrimaryLanguage()
    {
        var translated = Standard.Translate("fr-CA");

        Assert.Equal("fr", translated.DefaultLanguage);
        Assert.Equal(French.Sections["protection"], translated.FindSection("protection")!.Title);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("EN-gb")]
    public void Translate_UnknownOrDefaultLanguage_ReturnsTheSameFramework(string language)
    {
        Assert.Same(Standard, Standard.Translate(language));
    }

    [Fact]
    public void Translate_CaseOfTheTag_DoesNotMatter()
    {
        Assert.Equal("fr", Standard.Translate("FR").DefaultLanguage);
    }
}
