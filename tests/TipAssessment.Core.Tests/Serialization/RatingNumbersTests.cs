using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>Whole numbers are recognised however they are written, and nothing else is.</summary>
public sealed class RatingNumbersTests
{
    [Property(MaxTest = 500)]
    public bool AWholeNumber_WrittenWithAnyPointAndExponent_IsReadExactly(
        NonNegativeInt value, byte shift, byte zeros)
    {
        // The point moved left by shift (trailing zeros added first), the exponent moving it back.
        var digits = value.Get.ToString(CultureInfo.InvariantCulture) + new string('0', zeros % 5);
        var point = shift % 12;
        var padded = digits.PadLeft(point + 1, '0');
        var mantissa = padded.Substring(0, padded.Length - point) + "."
            + padded.Substring(padded.Length - point) + "0";
        var text = mantissa + "e" + (point - (zeros % 5)).ToString(CultureInfo.InvariantCulture);

        return RatingNumbers.TryReadWhole(text, out var read) && read == value.Get;
    }

    [Property(MaxTest = 500)]
    public bool AWholeNumberPlusAnyFraction_IsNoLevel(NonNegativeInt value, PositiveInt fraction, byte extra)
    {
        // A non-zero digit after the point, however far along, makes it no whole number.
        var text = value.Get.ToString(CultureInfo.InvariantCulture) + "." + new string('0', extra)
            + fraction.Get.ToString(CultureInfo.InvariantCulture);

        return !RatingNumbers.TryReadWhole(text, out _);
    }

    [Theory]
    [InlineData("2147483647", true)]
    [InlineData("2147483648", false)]
    [InlineData("2.147483647e9", true)]
    [InlineData("1e10", false)]
    [InlineData("-1", false)]
    [InlineData("-0", true)]
    [InlineData("0e999999999999999999999", true)]
    [InlineData("1e-99999999999999999999", false)]
    [InlineData("1e", false)]
    [InlineData(".5", false)]
    [InlineData("", false)]
    public void EdgeCases(string text, bool whole)
    {
        Assert.Equal(whole, RatingNumbers.TryReadWhole(text, out _));
    }
}
