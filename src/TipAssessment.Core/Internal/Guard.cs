using System;

namespace TipAssessment;

/// <summary>The one argument guard of the library. Guards catch caller bugs, never bad data.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    public static string NotNullOrEmpty(string? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (value.Length == 0)
        {
            throw new ArgumentException("The value must not be empty.", name);
        }

        return value;
    }

    public static int InRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"The value must lie between {min} and {max}.");
        }

        return value;
    }

    public static double InRange(double value, double min, double max, string name)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"The value must lie between {min} and {max}.");
        }

        return value;
    }
}
