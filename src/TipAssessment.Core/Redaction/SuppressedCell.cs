namespace TipAssessment.Redaction;

/// <summary>The kinds of cell a shared analysis can suppress.</summary>
public enum SuppressedCellKind
{
    /// <summary>A question score in one scope; key <c>question|scope</c> (such as
    /// <c>p.sop|locality:d1</c>).</summary>
    Score = 0,

    /// <summary>A roll-up node; key <c>scope|path</c>, the path being the node ids from the root joined by
    /// <c>/</c>.</summary>
    RollUpNode = 1,

    /// <summary>A triangulation flag; key <c>question|scope</c>.</summary>
    Triangulation = 2,

    /// <summary>An implementation gap; key <c>linkage|locality</c>.</summary>
    ImplementationGap = 3,

    /// <summary>A row of the gap chart; key: the row's id.</summary>
    GapRow = 4,
}

/// <summary>Why a cell was suppressed.</summary>
public enum SuppressionCause
{
    /// <summary>It rests on at least one and fewer than k informants.</summary>
    SmallCell = 0,

    /// <summary>It was suppressed so that another suppressed cell cannot be recomputed by
    /// subtraction.</summary>
    Complementary = 1,

    /// <summary>A perspective group in it has fewer than k informants.</summary>
    SmallGroup = 2,

    /// <summary>It shows figures of a suppressed score.</summary>
    DependsOnSuppressed = 3,
}

/// <summary>A cell of a shared analysis that is not shown, and why.</summary>
/// <param name="Kind">What the cell is.</param>
/// <param name="Key">Which one (see <see cref="SuppressedCellKind"/> for the key of each kind).</param>
/// <param name="Cause">Why it is suppressed.</param>
/// <param name="Reason">The reason in words, as documents and reports show it (such as
/// <c>fewer than 5 informants</c>).</param>
public sealed record SuppressedCell(
    SuppressedCellKind Kind,
    string Key,
    SuppressionCause Cause,
    string Reason);
