using System.Net.Http.Json;
using System.Text.Json;

namespace DeliveryTracker.Tests.Infrastructure;

public sealed class NullableEnumDocumentTransformerTests : ApiFixture
{
    [TestCase("ActionRatingDto", "derived", "RagRating")]
    [TestCase("CreateProgressUpdateRequest", "reportedRag", "RagRating")]
    [TestCase("CorrectTimescaleRequest", "kind", "TimescaleKind")]
    public async Task OpenApiDocument_NullableEnumProperty_IsANullableReferenceToTheEnum(string schema, string property, string enumName)
    {
        var document = await GetJsonAsync<JsonElement>("/openapi/v1.json");

        var written = document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);

        Assert.That(written.TryGetProperty("oneOf", out _), Is.False, written.ToString());
        Assert.That(written.GetProperty("allOf")[0].GetProperty("$ref").GetString(), Is.EqualTo($"#/components/schemas/{enumName}"));
        Assert.That(written.GetProperty("nullable").GetBoolean(), Is.True);
    }
}
