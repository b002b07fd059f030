using System.Collections.Generic;
using System.Text;

namespace TipAssessment.Redaction;

/// <summary>Fresh random codes, unique within one redaction, drawn without any link to the old
/// ones.</summary>
internal sealed class RandomCodes
{
    // No 0/O or 1/I/L, so a code read aloud or copied by hand is not mistaken.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private readonly RedactionOptions _options;
    private readonly HashSet<string> _used = new(System.StringComparer.Ordinal);

    public RandomCodes(RedactionOptions options) => _options = options;

    // With random bytes, even the shortest codes (31^6 of them) collide 1,000 times running with a chance
    // far below one in 10^1000; a source that does is not random, and waiting longer would never end.
    private const int MaxDraws = 1000;

    /// <summary>A code <paramref name="prefix"/> + <paramref name="length"/> random characters, never
    /// repeated.</summary>
    /// <exception cref="System.ArgumentException">The options' random source gave only codes already
    /// used.</exception>
    public string Next(string prefix, int length)
    {
        for (var draw = 0; draw < MaxDraws; draw++)
        {
            var code = prefix + Draw(length);
            if (_used.Add(code))
            {
                return code;
            }
        }

        throw new System.ArgumentException(
            $"RedactionOptions.RandomBytes gave a code already used {MaxDraws} times running; it must fill "
            + "its buffer with random bytes (leave it unset for a cryptographic source).",
            "options");
    }

    private string Draw(int length)
    {
        var bytes = new byte[length];
        _options.Fill(bytes);
        var text = new StringBuilder(length);
        foreach (var b in bytes)
        {
            // 31 symbols: the modulo bias is below 1 in 8 and harmless for codes that only need to differ.
            text.Append(Alphabet[b % Alphabet.Length]);
        }

        return text.ToString();
    }
}
