using System;

namespace TipAssessment.DependencyInjection;

/// <summary>The package's argument guard (Core's is internal). Guards catch caller bugs, never bad
/// data.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name);
}
