using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeliveryTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActionRatingsFunction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The model change is only the keyless ActionRating; the function it reads is plain SQL. Qualified because
            // this migration class has the same name.
            migrationBuilder.Sql(global::DeliveryTracker.Api.Features.Rag.ActionRatingsFunction.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(global::DeliveryTracker.Api.Features.Rag.ActionRatingsFunction.DropSql);
        }
    }
}
