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

    /// <summary>A code <paramref name="prefix"/> + <paramref name="length"/> random characters, never
    /// repeated.</summary>
    public string Next(string prefix, int length)
    {
        while (true)
        {
            var code = prefix + Draw(length);
            if (_used.Add(code))
            {
                return code;
            }
        }
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
