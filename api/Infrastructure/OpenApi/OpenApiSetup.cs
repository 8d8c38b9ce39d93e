using System.Text.Json;
using System.Text.Json.Serialization;
using Asp.Versioning;
using Microsoft.OpenApi;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>API versioning, JSON conventions and the OpenAPI document.</summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddTrackerApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            // Enums by name only: with numbers allowed, {"kind": 9} would bind to an undefined value and be stored.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
            // Web defaults read numbers from strings, which makes every integer "integer | string" in the document
            // and gives the generated client junk types. Strict numbers, and unknown properties are errors.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            // The one rule for what a body must hold: a record parameter without a default is required, nullable or not
            // (send null to leave it empty). PUT requests declare no defaults, so nothing left out is ever reset.
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
        });

        // Malformed bodies reach the exception handler as BadHttpRequestException in every environment, so they get
        // the same problem details (naming the JSON path) as everything else.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddValidation();

        services.AddApiVersioning(options =>
            {
                options.DefaultApiVersion = new ApiVersion(1);
                options.ReportApiVersions = true;
                options.ApiVersionReader = new UrlSegmentApiVersionReader();
            })
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = "'v'V";
                options.SubstituteApiVersionInUrl = true;
            });

        services.AddOpenApi("v1", options =>
        {
            // NSwag reads 3.0 reliably; 3.1's type arrays give it trouble.
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.AddSchemaTransformer<ValidationSchemaTransformer>();
            options.AddSchemaTransformer<ResponseBoundsSchemaTransformer>();
            options.AddSchemaTransformer<ExampleSchemaTransformer>();
            options.AddOperationTransformer<QueryParameterNameTransformer>();
            options.AddOperationTransformer<ConditionalRequestOperationTransformer>();
            options.AddOperationTransformer<AuthorizationOperationTransformer>();
            options.AddDocumentTransformer<NullableEnumDocumentTransformer>();
            options.AddDocumentTransformer<MergePatchDocumentTransformer>();
            options.AddDocumentTransformer<TransportBoundsDocumentTransformer>();
            options.AddDocumentTransformer<ErrorResponsesDocumentTransformer>();
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Delivery Tracker API",
                    Version = "v1",
                    Description = "Delivery-plan tracking for community-safety partnerships: plans, themes, objectives, actions, leads, KPIs, reviews and RAG reporting.",
                };
                AuthorizationOperationTransformer.AddSchemes(document);
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
