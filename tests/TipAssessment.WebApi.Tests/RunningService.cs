using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Threading;
using Xunit;

namespace TipAssessment.WebApi.Tests;

/// <summary>
/// The built web sample, started as its own process on a free loopback port and stopped when the tests end
/// (also when start-up fails).
/// </summary>
public sealed class RunningService : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private readonly StringBuilder _output = new();

    public RunningService()
    {
        var port = FreeLoopbackPort();
        Client = new HttpClient
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        _process = Start(AppHost(), $"http://127.0.0.1:{port}");
        try
        {
            WaitUntilReady();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static string AppHost()
    {
        var dll = typeof(RunningService).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "WebApiDll").Value!;
        var host = Path.ChangeExtension(dll, OperatingSystem.IsWindows() ? ".exe" : null);
        return File.Exists(host)
            ? host
            : throw new FileNotFoundException("Build the web sample first.", host);
    }

    // Port 0 makes the system pick a free port; it is released just before the service takes it.
    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private Process Start(string appHost, string url)
    {
        var start = new ProcessStartInfo(appHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void WaitUntilReady()
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartLimit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The service exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var answer = Client.GetAsync("/").GetAwaiter().GetResult();
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Thread.Sleep(200);
        }

        throw new TimeoutException($"The service did not answer within {StartLimit}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}

/// <summary>All web tests share one running service.</summary>
[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<RunningService>
{
    public const string Name = "running web sample";
}
