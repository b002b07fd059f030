using System.Collections.Immutable;

namespace TipAssessment.Framework;

/// <summary>
/// A mutable copy of a framework's members, for building a changed framework.
/// <see cref="AssessmentFramework"/> is a class (its lookup index is cached inside it), so it has no
/// <c>with</c>; a draft copies every member, lets a step change some, and builds a fresh framework with an
/// index of its own.
/// </summary>
internal sealed class FrameworkDraft
{
    public FrameworkDraft(AssessmentFramework f)
    {
        Id = f.Id;
        Version = f.Version;
        Title = f.Title;
        Description = f.Description;
        DefaultLanguage = f.DefaultLanguage;
        DerivedFrom = f.DerivedFrom;
        RatingScale = f.RatingScale;
        Pillars = f.Pillars;
        Areas = f.Areas;
        PerspectiveGroups = f.PerspectiveGroups;
        InformantTypes = f.InformantTypes;
        DeskSources = f.DeskSources;
        Instruments = f.Instruments;
        Sections = f.Sections;
        Questions = f.Questions;
        Drivers = f.Drivers;
        Solutions = f.Solutions;
        Linkages = f.Linkages;
        RedFlags = f.RedFlags;
        Translations = f.Translations;
    }

    public string Id { get; set; }

    public string Version { get; set; }

    public string Title { get; set; }

    public string? Description { get; set; }

    public string DefaultLanguage { get; set; }

    public FrameworkDerivation? DerivedFrom { get; set; }

    public RatingScale RatingScale { get; set; }

    public ImmutableArray<Pillar> Pillars { get; set; }

    public ImmutableArray<GapArea> Areas { get; set; }

    public ImmutableArray<PerspectiveGroup> PerspectiveGroups { get; set; }

    public ImmutableArray<InformantType> InformantTypes { get; set; }

    public ImmutableArray<DeskSource> DeskSources { get; set; }

    public ImmutableArray<Instrument> Instruments { get; set; }

    public ImmutableArray<Section> Sections { get; set; }

    public ImmutableArray<Question> Questions { get; set; }

    public ImmutableArray<Driver> Drivers { get; set; }

    public ImmutableArray<Solution> Solutions { get; set; }

    public ImmutableArray<Linkage> Linkages { get; set; }

    public ImmutableArray<RedFlagRule> RedFlags { get; set; }

    public ImmutableSortedDictionary<string, FrameworkTranslation> Translations { get; set; }

    public AssessmentFramework Build() => new()
    {
        Id = Id,
        Version = Version,
        Title = Title,
        Description = Description,
        DefaultLanguage = DefaultLanguage,
        DerivedFrom = DerivedFrom,
        RatingScale = RatingScale,
        Pillars = Pillars,
        Areas = Areas,
        PerspectiveGroups = PerspectiveGroups,
        InformantTypes = InformantTypes,
        DeskSources = DeskSources,
        Instruments = Instruments,
        Sections = Sections,
        Questions = Questions,
        Drivers = Drivers,
        Solutions = Solutions,
        Linkages = Linkages,
        RedFlags = RedFlags,
        Translations = Translations,
    };
}

/// <summary>
/// The <c>with</c> that <see cref="AssessmentFramework"/> lacks, for code inside the library.
/// </summary>
internal static class FrameworkDraftExtensions
{
    /// <summary>
    /// A new framework: <paramref name="framework"/>'s members, changed by <paramref name="change"/>.
    /// </summary>
    public static AssessmentFramework With(
        this AssessmentFramework framework,
        System.Action<FrameworkDraft> change)
    {
        var draft = new FrameworkDraft(framework);
        change(draft);
        return draft.Build();
    }
}
