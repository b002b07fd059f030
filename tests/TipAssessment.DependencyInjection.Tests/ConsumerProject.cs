using System.IO;
using System.Security;

namespace TipAssessment.DependencyInjection.Tests;

/// <summary>Writes the console project a new user would make, referencing the packages by version
/// only.</summary>
internal static class ConsumerProject
{
    public static string Write(string directory, string feed, string version, string programFile)
    {
        Directory.CreateDirectory(directory);
        File.Copy(programFile, Path.Combine(directory, "Program.cs"));
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TipAssessment.Core" Version="{version}" />
                <PackageReference Include="TipAssessment.DependencyInjection" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(feed));
        return directory;
    }

    // The local folder for TipAssessment's packages, and the usual registry for their own dependencies.
    private static string NuGetConfig(string feed) =>
        $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{SecurityElement.Escape(feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="TipAssessment.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """;
}
