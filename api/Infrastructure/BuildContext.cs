using System.Reflection;

namespace DeliveryTracker.Api.Infrastructure;

/// <summary>Tells whether <c>Program</c> is being run by the build to write the OpenAPI document.</summary>
public static class BuildContext
{
    /// <summary>
    /// True inside <c>GetDocument.Insider</c>, the build-time OpenAPI generator. It runs <c>Program</c> up to
    /// <c>Run()</c>, so anything that needs a database (migrations, seeding, the embedded server) must be skipped.
    /// </summary>
    public static bool IsDocumentGeneration { get; } =
        Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
