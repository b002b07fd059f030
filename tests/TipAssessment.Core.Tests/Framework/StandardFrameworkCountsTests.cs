using System.Linq;
using TipAssessment.Framework;
using Xunit;

namespace TipAssessment.Tests.Framework;

/// <summary>
/// The counts of the seed document (DOMAIN.md lists them), read from the loaded standard framework.
/// </summary>
public class StandardFrameworkCountsTests
{
    private static readonly AssessmentFramework Standard = StandardFramework.Load();

    [Fact]
    public void Sections_StandardFramework_AreTheFiveOfTheSeedInOrder()
    {
        var ids = Standard.Sections.Select(s => s.Id);

        Assert.Equal(
            new[] { "legal-framework", "protection", "prosecution", "prevention", "partnerships" },
            ids);
    }

    [Fact]
    public void Placements_PerSection_Are24_16_21_11_5()
    {
        var perSection = Standard.Sections.Select(s => s.Topics.Sum(t => t.Questions.Length));

        Assert.Equal(new[] { 24, 16, 21, 11, 5 }, perSection);
        Assert.Equal(77, Standard.Placements.Count);
    }

    [Fact]
    public void Topics_PerSection_Are4_2_2_3_1()
    {
        var perSection = Standard.Sections.Select(s => s.Topics.Length);

        Assert.Equal(new[] { 4, 2, 2, 3, 1 }, perSection);
    }

    [Fact]
    public void Placements_PerTopic_MatchTheSeedsSubheadings()
    {
        var perTopic = Standard.Sections.SelectMany(s => s.Topics).Select(t => t.Questions.Length);

        // DOMAIN.md: legal 6/3/10/5, protection 9/7, prosecution 15/6, prevention 3/4/4, partnerships 5.
        Assert.Equal(new[] { 6, 3, 10, 5, 9, 7, 15, 6, 3, 4, 4, 5 }, perTopic);
    }

    [Fact]
    public void Questions_StandardFramework_Are76Distinct()
    {
        var distinctPlaced = Standard.Placements.Select(p => p.Question.Id).Distinct().Count();

        Assert.Equal(76, Standard.Questions.Length);
        Assert.Equal(76, Standard.Questions.Select(q => q.Id).Distinct().Count());
        Assert.Equal(76, distinctPlaced);
    }

    [Fact]
    public void InformantTypes_StandardFramework_AreEightInSeedLetterOrderEndingWithVictims()
    {
        var letters = string.Concat(Standard.InformantTypes.Select(t => t.SeedLetter));

        Assert.Equal(8, Standard.InformantTypes.Length);
        Assert.Equal("abcdefgh", letters);
        Assert.Equal(WellKnownIds.VictimInformantType, Standard.InformantTypes.Last().Id);
        Assert.Equal("victim", WellKnownIds.VictimInformantType);
    }

    [Fact]
    public void DeskSources_StandardFramework_AreSixInSeedLetterOrder()
    {
        var letters = string.Concat(Standard.DeskSources.Select(s => s.SeedLetter));

        Assert.Equal(6, Standard.DeskSources.Length);
        Assert.Equal("abcdef", letters);
    }
}
