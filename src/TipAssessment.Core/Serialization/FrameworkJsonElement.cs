using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using TipAssessment.Problems;

namespace TipAssessment.Serialization;

/// <summary>
/// One JSON object of a framework document being mapped to the model, with its pointer. The schema has
/// been checked before mapping, so the problems raised here are a backstop: they keep the mapping from
/// throwing should the schema ever be laxer than the model.
/// </summary>
internal readonly struct FrameworkJsonElement
{
    private readonly JsonElement _value;
    private readonly List<Problem> _problems;

    public FrameworkJsonElement(JsonElement value, string pointer, List<Problem> problems)
    {
        _value = value;
        Pointer = pointer;
        _problems = problems;
    }

    public string Pointer { get; }

    public bool IsObject => _value.ValueKind == JsonValueKind.Object;

    /// <summary>Whether this value is an object; reports it when it is not.</summary>
    public bool RequireObject()
    {
        if (!IsObject)
        {
            Report(ProblemCodes.WrongType, Pointer, "This value must be an object.");
        }

        return IsObject;
    }

    public string String(string name) => OptionalString(name, required: true) ?? string.Empty;

    public string? OptionalString(string name, bool required = false) =>
        TryGet(name, JsonValueKind.String, required, out var value) ? value.GetString() : null;

    public int Int(string name)
    {
        if (!TryGet(name, JsonValueKind.Number, true, out var value))
        {
            return 0;
        }

        if (!value.TryGetInt32(out var number))
        {
            Report(ProblemCodes.WrongType, Child(name), $"'{name}' must be a whole number.");
        }

        return number;
    }

    public bool Bool(string name, bool fallback = false)
    {
        if (!IsObject || !_value.TryGetProperty(name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Report(ProblemCodes.WrongType, Child(name), $"'{name}' must be true or false.");
        return fallback;
    }

    public T Enum<T>(string name, FrameworkJsonEnum<T> names, T? fallback = null)
        where T : struct, System.Enum
    {
        var text = OptionalString(name, required: fallback is null);
        if (text is null)
        {
            return fallback ?? default;
        }

        if (!names.TryParse(text, out var value))
        {
            Report(ProblemCodes.SchemaViolation, Child(name), $"'{text}' is not one of {names.Names}.");
        }

        return value;
    }

    public FrameworkJsonElement? Object(string name, bool required = true) =>
        TryGet(name, JsonValueKind.Object, required, out var value)
            ? new FrameworkJsonElement(value, Child(name), _problems)
            : null;

    public ImmutableArray<T> Array<T>(string name, Func<FrameworkJsonElement, T> map, bool required = true)
    {
        var builder = ImmutableArray.CreateBuilder<T>();
        if (TryGet(name, JsonValueKind.Array, required, out var array))
        {
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var pointer = JsonPointers.Append(Child(name), index++);
                if (item.ValueKind == JsonValueKind.Object)
                {
                    builder.Add(map(new FrameworkJsonElement(item, pointer, _problems)));
                }
                else
                {
                    Report(ProblemCodes.WrongType, pointer, "Each item must be an object.");
                }
            }
        }

        return builder.ToImmutable();
    }

    public ImmutableArray<string> Strings(string name, bool required = true)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        if (TryGet(name, JsonValueKind.Array, required, out var array))
        {
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                AddString(builder, item, JsonPointers.Append(Child(name), index++));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// An object whose members are all strings, as an ordinal sorted map; empty when absent.
    /// </summary>
    public ImmutableSortedDictionary<string, string> StringMap(string name)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var member in Members(name))
        {
            if (member.Value._value.ValueKind == JsonValueKind.String)
            {
                builder[member.Key] = member.Value._value.GetString()!;
            }
            else
            {
                Report(ProblemCodes.WrongType, member.Value.Pointer, "Each value must be a string.");
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The members of an optional object, in document order, each with its pointer.</summary>
    public IEnumerable<KeyValuePair<string, FrameworkJsonElement>> Members(string name)
    {
        var list = new List<KeyValuePair<string, FrameworkJsonElement>>();
        if (TryGet(name, JsonValueKind.Object, false, out var value))
        {
            foreach (var member in value.EnumerateObject())
            {
                var element = new FrameworkJsonElement(
                    member.Value,
                    JsonPointers.Append(Child(name), member.Name),
                    _problems);
                list.Add(new KeyValuePair<string, FrameworkJsonElement>(member.Name, element));
            }
        }

        return list;
    }

    private string Child(string name) => JsonPointers.Append(Pointer, name);

    private void AddString(ImmutableArray<string>.Builder builder, JsonElement item, string pointer)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            builder.Add(item.GetString()!);
        }
        else
        {
            Report(ProblemCodes.WrongType, pointer, "Each item must be a string.");
        }
    }

    private bool TryGet(string name, JsonValueKind kind, bool required, out JsonElement value)
    {
        value = default;
        if (!IsObject)
        {
            Report(ProblemCodes.WrongType, Pointer, "This value must be an object.");
            return false;
        }

        if (!_value.TryGetProperty(name, out value) || (!required && value.ValueKind == JsonValueKind.Null))
        {
            if (required)
            {
                Report(ProblemCodes.MissingMember, Pointer, $"The member '{name}' is required here.");
            }

            return false;
        }

        if (value.ValueKind == kind)
        {
            return true;
        }

        Report(
            ProblemCodes.WrongType,
            Child(name),
            $"'{name}' must be of JSON type {kind.ToString().ToLowerInvariant()}.");
        return false;
    }

    private void Report(string code, string pointer, string message) =>
        _problems.Add(Problem.Error(code, pointer, message));
}
