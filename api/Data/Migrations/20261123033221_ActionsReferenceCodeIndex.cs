using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeliveryTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActionsReferenceCodeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_actions_reference_code_id",
                table: "actions",
                columns: new[] { "reference_code", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_actions_reference_code_id",
                table: "actions");
        }
    }
}
