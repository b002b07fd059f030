using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using TipAssessment.Problems;
using TipAssessment.Serialization;
using Xunit;

namespace TipAssessment.Tests.Serialization;

/// <summary>How schema failures become problems a person can act on.</summary>
public class SchemaValidationTests
{
    [Fact]
    public void Validate_ValidDocument_HasNoProblems()
    {
        Assert.Empty(Validate(SmallDocuments.Valid()));
    }

    [Fact]
    public void Validate_UnknownMember_PointsAtTheMemberAndListsTheAllowedOnes()
    {
        var document = SmallDocuments.Valid();
        document["localities"]![0]!["nmae"] = "x";

        var problem = Assert.Single(Validate(document));

        Assert.Equal(ProblemCodes.UnknownMember, problem.Code);
        Assert.Equal("/localities/0/nmae", problem.Pointer);
        Assert.Contains("id, name, kind, code, extensions", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownMemberNeedingEscapes_HasAnEscapedPointer()
    {
        var document = SmallDocuments.Valid();
        document["a/b~c"] = 1;

        Assert.Equal("/a~1b~0c", Assert.Single(Validate(document)).Pointer);
    }

    [Fact]
    public void Validate_SeveralMissingMembers_GivesOneProblemAtEachMissingMember()
    {
        var document = SmallDocuments.Valid();
        document["informants"]![0]!.AsObject().Remove("code");
        document["informants"]![0]!.AsObject().Remove("type");

        var problems = Validate(document);

        Assert.Equal(new[] { "/informants/0/code", "/informants/0/type" }, problems.Select(p => p.Pointer));
        Assert.All(problems, p => Assert.Equal(ProblemCodes.MissingMember, p.Code));
    }

    [Fact]
    public void Validate_WrongType_NamesExpectedAndActualTypes()
    {
        var document = SmallDocuments.Valid();
        document["localities"]![0]!["name"] = 12;

        var problem = Assert.Single(Validate(document));

        Assert.Equal(ProblemCodes.WrongType, problem.Code);
        Assert.Equal("\"name\" must be a string, not a number.", problem.Message);
    }

    [Fact]
    public void Validate_EnumValue_ListsTheAllowedValues()
    {
        var document = SmallDocuments.Valid();
        document["informants"]![0]!["ageBand"] = "30-40";

        var problem = Assert.Single(Validate(document));

        const string allowed = "\"18-24\", \"25-34\", \"35-49\", \"50-64\", \"65+\"";
        Assert.Contains(allowed, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RatingInWords_IsOneProblemWordedFromTheSchemaDescription()
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["rating"] = "good";

        var problem = Assert.Single(Validate(document));

        Assert.Equal(ProblemCodes.SchemaViolation, problem.Code);
        Assert.Contains("\"unknown\", or \"not-applicable\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BothSources_SaysExactlyOneIsAllowed()
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["deskSource"] = "ds-1";

        var problem = Assert.Single(Validate(document));

        Assert.Equal("/responses/0", problem.Pointer);
        Assert.Contains("more than one", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RatingWithZeroFraction_IsAnIntegerAsJsonSchemaSays()
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["rating"] = JsonNode.Parse("2.0");

        Assert.Empty(Validate(document));
    }

    [Fact]
    public void Validate_RepeatedDriver_NamesTheTwoItemsAndTheValue()
    {
        var document = SmallDocuments.Valid();
        document["responses"]![0]!["drivers"] = JsonNode.Parse("""["no-training","other","no-training"]""");

        var problem = Assert.Single(Validate(document));

        Assert.Equal("/responses/0/drivers", problem.Pointer);
        Assert.Contains(
            "lists the same value more than once: items 0 and 2 are the same, \"no-training\"",
            problem.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManyThreadsAtOnce_AllGetTheSameAnswer()
    {
        var document = SmallDocuments.Valid();
        document["country"] = "nepal";
        var text = document.Text();

        var messages = Enumerable.Range(0, 16).AsParallel()
            .Select(_ => string.Join("|", Validate(JsonNode.Parse(text)!).Select(p => p.Message)))
            .Distinct().ToList();

        Assert.Single(messages);
    }

    [Fact]
    public void Validate_UnknownSchemaName_Throws()
    {
        using var document = JsonDocument.Parse("{}");

        Assert.Throws<InvalidOperationException>(
            () => SchemaValidation.Validate(document.RootElement, "nope.schema.json"));
    }

    private static System.Collections.Immutable.ImmutableArray<Problem> Validate(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.Text());
        return SchemaValidation.Validate(document.RootElement, "assessment.schema.json");
    }
}
