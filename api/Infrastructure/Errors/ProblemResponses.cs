namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>Declares in the OpenAPI document the problems every conditional write can answer with.</summary>
public static class ProblemResponses
{
    /// <summary>400 validation, 404, 409 conflict, 412 stale <c>If-Match</c>, 428 missing <c>If-Match</c>.</summary>
    public static RouteHandlerBuilder ProducesWriteProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
