using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

public class Utf8StringCacheTests
{
    [Fact]
    public void Get_SameBytesTwice_GivesTheSameInstance()
    {
        var cache = new Utf8StringCache();

        var first = cache.Get("prot.police-training"u8);
        var second = cache.Get(Encoding.UTF8.GetBytes("prot.police-training"));

        Assert.Equal("prot.police-training", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Get_ManyDistinctValues_GrowsAndKeepsEveryValueRight()
    {
        var cache = new Utf8StringCache();
        var ids = Enumerable.Range(0, 5000).Select(i => "inf-" + i).ToArray();

        var first = ids.Select(id => cache.Get(Encoding.UTF8.GetBytes(id))).ToArray();
        var again = ids.Select(id => cache.Get(Encoding.UTF8.GetBytes(id))).ToArray();

        Assert.Equal(ids, first);
        Assert.All(Enumerable.Range(0, ids.Length), i => Assert.Same(first[i], again[i]));
    }

    [Fact]
    public void Get_BeyondCapacity_StillDecodesCorrectly()
    {
        var cache = new Utf8StringCache();
        for (var i = 0; i < Utf8StringCache.Capacity; i++)
        {
            cache.Get(Encoding.UTF8.GetBytes("v" + i));
        }

        var late = cache.Get("late-\u00e9"u8);

        Assert.Equal("late-\u00e9", late);
        Assert.Same(cache.Get("v7"u8), cache.Get("v7"u8));
    }

    [Property(MaxTest = 500)]
    public void IsKey_AnyText_AgreesWithTheSchemasPatternReadAsEcma262(NonNull<string> raw, byte[] picks)
    {
        // Keys built mostly from the characters the pattern cares about, so both answers are common. The
        // pattern's final $ is read as ECMA-262 reads it (end of string only), as validation does.
        const string Alphabet = "ab9-.A_ \n";
        var key = picks.Length == 0 ? raw.Get : new string(picks.Select(b => Alphabet[b % Alphabet.Length]).ToArray());
        var pattern = new Regex("^[a-z0-9-]+(\\.[a-z0-9-]+)+(?![\\s\\S])");

        Assert.Equal(pattern.IsMatch(key), ExtensionJson.IsKey(key));
    }
}
