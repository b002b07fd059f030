using System;
using System.IO;
using System.Text;

namespace TipAssessment.Cli;

/// <summary>
/// Where the tool writes: the output (standard output, or the file of <c>--out</c>) and messages (standard
/// error). Always UTF-8 without a byte order mark and LF line ends, whatever the platform's defaults.
/// </summary>
internal sealed class CliConsole
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private CliConsole(TextWriter output, TextWriter error, bool progress)
    {
        Out = output;
        Err = error;
        ShowsProgress = progress;
    }

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    /// <summary>Progress shows when a person watches standard error, or when TIPASSESS_PROGRESS=1 asks for
    /// it.</summary>
    public bool ShowsProgress { get; }

    public static CliConsole Create()
    {
        var progress = !Console.IsErrorRedirected
            || Environment.GetEnvironmentVariable("TIPASSESS_PROGRESS") == "1";
        var output = Writer(Console.OpenStandardOutput());
        return new CliConsole(output, Writer(Console.OpenStandardError()), progress);
    }

    private static StreamWriter Writer(Stream stream) =>
        new(stream, Utf8) { AutoFlush = true, NewLine = "\n" };

    public void Error(string message) => Err.WriteLine(message);

    public void Progress(string step)
    {
        if (ShowsProgress)
        {
            Err.WriteLine("tipassess: " + step);
        }
    }

    /// <summary>Writes a command's result to standard output, or to <paramref name="path"/> when one is
    /// given (a new file moved over any old one: see <see cref="OutputFile"/>).</summary>
    public void WriteResult(string text, string? path)
    {
        if (path is null)
        {
            WriteStandardOutput(text);
            return;
        }

        OutputGuard.CheckOutput(path);
        try
        {
            OutputFile.Write(path, text, Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException
                                     or ArgumentException or NotSupportedException)
        {
            throw CliFailure.BadArguments($"cannot write \"{path}\": {e.Message}");
        }
    }

    private void WriteStandardOutput(string text)
    {
        try
        {
            Out.Write(text);
            Out.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw CliFailure.BadArguments($"cannot write to standard output ({e.Message}); is it closed?");
        }
    }
}
