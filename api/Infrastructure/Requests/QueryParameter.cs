namespace DeliveryTracker.Api.Infrastructure.Requests;

/// <summary>One query parameter of an operation, as its values are checked.</summary>
/// <param name="Name">Its camelCase name, as the document writes it.</param>
/// <param name="ValueType">The type of one value: <c>RagRating[]?</c> → <c>RagRating</c>, <c>DateOnly?</c> → <c>DateOnly</c>.</param>
/// <param name="EnumNames">The names an enum value may take (in any case); null when the value is not an enum.</param>
public sealed record QueryParameter(string Name, Type ValueType, IReadOnlyList<string>? EnumNames)
{
    public static QueryParameter For(string name, Type bound)
    {
        ArgumentNullException.ThrowIfNull(bound);
        var element = bound.IsArray ? bound.GetElementType()! : bound.IsGenericType && bound.GetGenericTypeDefinition() != typeof(Nullable<>) ? bound.GetGenericArguments()[0] : bound;
        var type = Nullable.GetUnderlyingType(element) ?? element;
        return new QueryParameter(name, type, type.IsEnum ? Enum.GetNames(type) : null);
    }
}
