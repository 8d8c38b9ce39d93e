using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Writes the validation attributes of contract records into the document (maxLength, pattern, minimum …), so clients
/// see the same limits the API enforces.
/// </summary>
/// <remarks>
/// The built-in generator reads attributes from properties; our contracts are positional records whose attributes sit
/// on the constructor parameters, which System.Text.Json links to each property as its associated parameter.
/// </remarks>
internal sealed class ValidationSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AssociatedParameter?.AttributeProvider is ParameterInfo parameter)
        {
            foreach (var attribute in parameter.GetCustomAttributes<ValidationAttribute>())
            {
                Apply(schema, attribute);
            }
        }

        return Task.CompletedTask;
    }

    private static void Apply(OpenApiSchema schema, ValidationAttribute attribute)
    {
        switch (attribute)
        {
            case StringLengthAttribute length:
                schema.MaxLength = length.MaximumLength;
                if (length.MinimumLength > 0)
                {
                    schema.MinLength = length.MinimumLength;
                }

                break;
            case RegularExpressionAttribute regex:
                schema.Pattern = regex.Pattern;
                break;
            case RangeAttribute range:
                schema.Minimum = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
                schema.Maximum = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
                break;
            case MinLengthAttribute min:
                schema.MinItems = min.Length;
                break;
            case MaxLengthAttribute max:
                schema.MaxItems = max.Length;
                break;
        }
    }
}
