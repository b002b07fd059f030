using System;
using System.IO;
using System.Text;

namespace TipAssessment.Cli;

/// <summary>
/// Writes the file of <c>--out</c> without ever changing an existing file's contents in place: the text goes
/// whole into a new temporary file in the same directory, which is then moved over the target's name in one
/// step. Another name of the old file (a hard link, perhaps to an input) keeps the old contents; a run that
/// fails leaves the old file as it was and removes the temporary one. Devices and pipes (<c>/dev/null</c>,
/// <c>/dev/stdout</c>, a named pipe, <c>NUL</c>) have no contents to keep and are written directly.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, string text, Encoding encoding)
    {
        // Asked before links are followed: /dev/stdout leads to names such as pipe:[1234].
        if (IsDevicePath(Path.GetFullPath(path)))
        {
            File.WriteAllText(path, text, encoding);
            return;
        }

        // A symbolic link stays: the file it leads to is replaced.
        var target = FinalTarget(path);
        if (IsDevicePath(target))
        {
            File.WriteAllText(target, text, encoding);
            return;
        }

        UnixFileMode? mode = null;
        if (File.Exists(target))
        {
            // Opening for writing, without truncating, changes nothing and fails where writing in place
            // would (a read-only file): the same refusals as before.
            using var probe = new FileStream(
                target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            if (!probe.CanSeek)
            {
                // A named pipe or a terminal: there is nothing to replace.
                using var writer = new StreamWriter(probe, encoding);
                writer.Write(text);
                return;
            }

            mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(target);
        }

        WriteAndMove(path, target, text, encoding, mode);
    }

    private static void WriteAndMove(
        string path,
        string target,
        string text,
        Encoding encoding,
        UnixFileMode? mode)
    {
        var directory = Path.GetDirectoryName(target) ?? ".";
        // Short and fixed in length, so that any target name that fits the file system leaves room for it.
        var temporary = Path.Combine(directory, ".tipassess-" + Path.GetRandomFileName() + ".tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (mode is not null && !OperatingSystem.IsWindows())
        {
            // Never readable by more people than the file it replaces, not even while it is written.
            options.UnixCreateMode = mode;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(temporary, options);
        }
        catch (DirectoryNotFoundException)
        {
            throw CliFailure.BadArguments($"cannot write \"{path}\": there is no directory \"{directory}\".");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A writable file in a directory the user may not add to: say why the directory matters.
            throw CliFailure.BadArguments($"cannot write \"{path}\": the output is written whole to a new " +
                $"file beside it, then moved into place, and no file can be made in \"{directory}\" " +
                $"({e.Message}).");
        }

        var leftOver = true;
        try
        {
            using (stream)
            {
                if (mode is not null && !OperatingSystem.IsWindows())
                {
                    // The umask may have taken bits away from the mode at creation: give them back.
                    File.SetUnixFileMode(stream.SafeFileHandle, mode.Value);
                }

                using var writer = new StreamWriter(stream, encoding);
                writer.Write(text);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            leftOver = false;
        }
        finally
        {
            if (leftOver)
            {
                RemoveQuietly(temporary);
            }
        }
    }

    /// <summary>The file a chain of symbolic links ends at (which need not exist), or the path
    /// itself.</summary>
    private static string FinalTarget(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        // LinkTarget is null for a file that is no link, or that does not exist, where resolving throws.
        return info.LinkTarget is null
            ? full
            : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>Unix devices and process files, and Windows device names such as <c>NUL</c>.</summary>
    private static bool IsDevicePath(string fullPath) =>
        OperatingSystem.IsWindows()
            ? fullPath.StartsWith(@"\\.\", StringComparison.Ordinal)
            : fullPath.StartsWith("/dev/", StringComparison.Ordinal)
                || fullPath.StartsWith("/proc/", StringComparison.Ordinal);

    private static void RemoveQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The failure that brought us here is the one to report.
        }
    }
}
