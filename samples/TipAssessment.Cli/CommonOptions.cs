using System.CommandLine;

namespace TipAssessment.Cli;

/// <summary>Options more than one verb takes.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(string description, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join("|", formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> Language() => new("--language")
    {
        Description = "The framework language for question texts (a BCP 47 tag such as fr), where a " +
            "translation exists; texts without one stay in the framework's default language.",
        HelpName = "tag",
    };
}
