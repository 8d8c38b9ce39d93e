using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeliveryTracker.Api.Data.Migrations
{
    /// <summary>Creates <c>kpi_ratings(as_of)</c>, every KPI's RAG rating on a date; the model change is only the keyless KpiRating.</summary>
    public partial class KpiRatingsFunction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Qualified because this migration class has the same name. A later change to the function freezes this text here first.
            migrationBuilder.Sql(global::DeliveryTracker.Api.Features.Kpis.KpiRatingsFunction.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(global::DeliveryTracker.Api.Features.Kpis.KpiRatingsFunction.DropSql);
        }
    }
}
