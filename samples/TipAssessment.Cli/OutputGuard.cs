using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TipAssessment.Cli;

/// <summary>
/// Keeps <c>--out</c> from destroying a document the tool was given: a user who types the input's name
/// after <c>--out</c> (or reaches it through a symbolic link, another spelling of the path, or the same
/// name in other letter case where the file system may ignore case) gets a clear refusal instead of an
/// assessment silently replaced by a report. Hard links to an input are not detected (.NET exposes no
/// portable file identity to compare) and need not be: <see cref="OutputFile"/> replaces the name given
/// after <c>--out</c>, never the contents of the file behind it.
/// </summary>
internal static class OutputGuard
{
    private static readonly HashSet<string> Inputs = new(StringComparer.Ordinal);

    public static void RememberInput(string path)
    {
        var canonical = Canonical(path);
        if (canonical is not null)
        {
            Inputs.Add(canonical);
        }
    }

    public static void CheckOutput(string path)
    {
        if (path.Trim().Length == 0)
        {
            throw CliFailure.BadArguments("--out needs a file name.");
        }

        if (Directory.Exists(path))
        {
            throw CliFailure.BadArguments(
                $"--out \"{path}\" is a directory; give the name of a file to write.");
        }

        var canonical = Canonical(path);
        if (canonical is not null && Inputs.Contains(canonical))
        {
            throw CliFailure.BadArguments(
                $"refusing to write over \"{path}\": it is one of the documents being read. " +
                "Choose another --out file.");
        }

        // On a file system that ignores case (macOS, Windows), INPUT.JSON is input.json. Where case counts,
        // an existing file of that name is another file, refused all the same: telling the two apart takes a
        // file identity .NET does not expose, and another name is easy to choose.
        var sameButCase = canonical is null || !File.Exists(path)
            ? null
            : Inputs.FirstOrDefault(i => string.Equals(i, canonical, StringComparison.OrdinalIgnoreCase));
        if (sameButCase is not null)
        {
            throw CliFailure.BadArguments(
                $"refusing to write over \"{path}\": apart from letter case it is the name of " +
                $"\"{sameButCase}\", one of the documents being read, and where the file system ignores " +
                "case it is that document. Choose another --out file.");
        }
    }

    /// <summary>The full path with any symbolic link at its end resolved; <see langword="null"/> when the
    /// path cannot be made absolute (the write or read then reports the real error).</summary>
    private static string? Canonical(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var info = new FileInfo(full);
            return info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException
                                     or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
