using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace TipAssessment.Framework;

/// <summary>
/// A TIP needs-assessment framework as data: its sections, topics and questions, the informant types and
/// desk sources, the rating scale, the driver taxonomy and solution catalogue, and the links from law to
/// practice. The standard framework ships inside the package (<c>StandardFramework.Load()</c>);
/// organisations tailor it without forking (<c>FrameworkTailoring</c>).
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. Lookups are indexed on first use.
/// A framework built in code is not checked until passed to <c>FrameworkValidator</c>.
/// </remarks>
public sealed class AssessmentFramework
{
    private Index? _index;

    /// <summary>Stable id, such as <c>tip-local-needs-gap</c> for the standard framework.</summary>
    public required string Id { get; init; }

    /// <summary>Semantic version of the framework's content.</summary>
    public required string Version { get; init; }

    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>A sentence or two on what the framework is for.</summary>
    public string? Description { get; init; }

    /// <summary>The language of the texts (BCP 47), English (<c>en</c>) for the standard framework.</summary>
    public string DefaultLanguage { get; init; } = "en";

    /// <summary>
    /// For a tailored framework, what it was derived from; <see langword="null"/> for an original.
    /// </summary>
    public FrameworkDerivation? DerivedFrom { get; init; }

    /// <summary>The rating scale responses are coded on.</summary>
    public required RatingScale RatingScale { get; init; }

    /// <summary>The legal framework and the 4 Ps.</summary>
    public ImmutableArray<Pillar> Pillars { get; init; } = ImmutableArray<Pillar>.Empty;

    /// <summary>
    /// The gap-analysis areas: one per P at community level, and the national compliance mode.
    /// </summary>
    public ImmutableArray<GapArea> Areas { get; init; } = ImmutableArray<GapArea>.Empty;

    /// <summary>The groups whose views triangulation compares.</summary>
    public ImmutableArray<PerspectiveGroup> PerspectiveGroups { get; init; } =
        ImmutableArray<PerspectiveGroup>.Empty;

    /// <summary>The key-informant types, in seed order.</summary>
    public ImmutableArray<InformantType> InformantTypes { get; init; } = ImmutableArray<InformantType>.Empty;

    /// <summary>The desk sources, in seed order.</summary>
    public ImmutableArray<DeskSource> DeskSources { get; init; } = ImmutableArray<DeskSource>.Empty;

    /// <summary>The standards that questions refer to.</summary>
    public ImmutableArray<Instrument> Instruments { get; init; } = ImmutableArray<Instrument>.Empty;

    /// <summary>The checklist's sections, in seed order.</summary>
    public ImmutableArray<Section> Sections { get; init; } = ImmutableArray<Section>.Empty;

    /// <summary>The distinct questions, in order of first placement.</summary>
    public ImmutableArray<Question> Questions { get; init; } = ImmutableArray<Question>.Empty;

    /// <summary>The driver taxonomy.</summary>
    public ImmutableArray<Driver> Drivers { get; init; } = ImmutableArray<Driver>.Empty;

    /// <summary>The solution catalogue.</summary>
    public ImmutableArray<Solution> Solutions { get; init; } = ImmutableArray<Solution>.Empty;

    /// <summary>Links from legal criteria to the practice questions that test them.</summary>
    public ImmutableArray<Linkage> Linkages { get; init; } = ImmutableArray<Linkage>.Empty;

    /// <summary>Rules that cap a band when evidence of a grave failing is found.</summary>
    public ImmutableArray<RedFlagRule> RedFlags { get; init; } = ImmutableArray<RedFlagRule>.Empty;

    /// <summary>
    /// Translations by language code; the default language's text is on the elements themselves.
    /// </summary>
    public ImmutableSortedDictionary<string, FrameworkTranslation> Translations { get; init; } =
        ImmutableSortedDictionary.Create<string, FrameworkTranslation>(StringComparer.Ordinal);

    /// <summary>
    /// All placements of questions in topics, in seed order (77 in the standard framework).
    /// </summary>
    public IReadOnlyList<(Placement Placement, Question Question)> Placements => GetIndex().Placements;

    /// <summary>Finds a question by id.</summary>
    /// <returns>The question, or <see langword="null"/> when there is none with that id.</returns>
    public Question? FindQuestion(string id) => Find(GetIndex().Questions, id);

    /// <summary>Finds an informant type by id.</summary>
    /// <returns>The type, or <see langword="null"/> when there is none with that id.</returns>
    public InformantType? FindInformantType(string id) => Find(GetIndex().InformantTypes, id);

    /// <summary>Finds a desk source by id.</summary>
    /// <returns>The source, or <see langword="null"/> when there is none with that id.</returns>
    public DeskSource? FindDeskSource(string id) => Find(GetIndex().DeskSources, id);

    /// <summary>Finds a driver by id.</summary>
    /// <returns>The driver, or <see langword="null"/> when there is none with that id.</returns>
    public Driver? FindDriver(string id) => Find(GetIndex().Drivers, id);

    /// <summary>Finds a solution by id.</summary>
    /// <returns>The solution, or <see langword="null"/> when there is none with that id.</returns>
    public Solution? FindSolution(string id) => Find(GetIndex().Solutions, id);

    /// <summary>Finds a gap-analysis area by id.</summary>
    /// <returns>The area, or <see langword="null"/> when there is none with that id.</returns>
    public GapArea? FindArea(string id) => Find(GetIndex().Areas, id);

    /// <summary>Finds a section by id.</summary>
    /// <returns>The section, or <see langword="null"/> when there is none with that id.</returns>
    public Section? FindSection(string id) => Find(GetIndex().Sections, id);

    /// <summary>Finds a topic by id.</summary>
    /// <returns>The topic, or <see langword="null"/> when there is none with that id.</returns>
    public Topic? FindTopic(string id) => Find(GetIndex().Topics, id);

    /// <summary>Where a question is placed, in seed order; empty when the question is not placed.</summary>
    public ImmutableArray<Placement> PlacementsOf(string questionId)
    {
        Guard.NotNull(questionId, nameof(questionId));
        return GetIndex().PlacementsByQuestion.TryGetValue(questionId, out var found)
            ? found
            : ImmutableArray<Placement>.Empty;
    }

    /// <summary>
    /// The perspective group of an informant type, or <see langword="null"/> when the type is unknown.
    /// </summary>
    public PerspectiveGroup? GroupOf(string informantTypeId)
    {
        var type = FindInformantType(informantTypeId);
        return type is null ? null : PerspectiveGroups.FirstOrDefault(g => g.Id == type.PerspectiveGroup);
    }

    private static T? Find<T>(Dictionary<string, T> map, string id)
        where T : class
    {
        Guard.NotNull(id, nameof(id));
        return map.TryGetValue(id, out var found) ? found : null;
    }

    private Index GetIndex()
    {
        var index = Volatile.Read(ref _index);
        if (index is null)
        {
            // Building twice under a race is harmless: both results are equal and immutable.
            index = new Index(this);
            Volatile.Write(ref _index, index);
        }

        return index;
    }

    private sealed class Index
    {
        public Index(AssessmentFramework f)
        {
            // First occurrence wins for duplicated ids; FrameworkValidator reports duplicates.
            Questions = ById(f.Questions, q => q.Id);
            InformantTypes = ById(f.InformantTypes, t => t.Id);
            DeskSources = ById(f.DeskSources, s => s.Id);
            Drivers = ById(f.Drivers, d => d.Id);
            Solutions = ById(f.Solutions, s => s.Id);
            Areas = ById(f.Areas, a => a.Id);
            Sections = ById(f.Sections, s => s.Id);
            Topics = ById(f.Sections.SelectMany(s => s.Topics), t => t.Id);

            var placements = new List<(Placement, Question)>();
            var position = 0;
            var byQuestion =
                new Dictionary<string, ImmutableArray<Placement>.Builder>(StringComparer.Ordinal);
            foreach (var section in f.Sections)
            {
                foreach (var topic in section.Topics)
                {
                    foreach (var questionId in topic.Questions)
                    {
                        var placement = new Placement(section, topic, position++);
                        if (Questions.TryGetValue(questionId, out var question))
                        {
                            placements.Add((placement, question));
                        }

                        if (!byQuestion.TryGetValue(questionId, out var list))
                        {
                            list = ImmutableArray.CreateBuilder<Placement>();
                            byQuestion.Add(questionId, list);
                        }

                        list.Add(placement);
                    }
                }
            }

            Placements = placements;
            PlacementsByQuestion = byQuestion.ToDictionary(
                p => p.Key,
                p => p.Value.ToImmutable(),
                StringComparer.Ordinal);
        }

        public Dictionary<string, Question> Questions { get; }

        public Dictionary<string, InformantType> InformantTypes { get; }

        public Dictionary<string, DeskSource> DeskSources { get; }

        public Dictionary<string, Driver> Drivers { get; }

        public Dictionary<string, Solution> Solutions { get; }

        public Dictionary<string, GapArea> Areas { get; }

        public Dictionary<string, Section> Sections { get; }

        public Dictionary<string, Topic> Topics { get; }

        public IReadOnlyList<(Placement Placement, Question Question)> Placements { get; }

        public Dictionary<string, ImmutableArray<Placement>> PlacementsByQuestion { get; }

        private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
        {
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                var key = id(item);
                if (key is not null && !map.ContainsKey(key))
                {
                    map.Add(key, item);
                }
            }

            return map;
        }
    }
}
