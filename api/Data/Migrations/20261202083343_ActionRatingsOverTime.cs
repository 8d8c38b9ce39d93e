using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeliveryTracker.Api.Data.Migrations
{
    /// <summary>
    /// Replaces <c>action_ratings(as_of)</c> with the ratings that hold over time: the action as it stood on the date,
    /// recurring timescales rated per plan-year cycle, the stale clock from the plan's or action's start, Blocked at
    /// least Amber, and two new columns (due_date, cycle_start). Down puts back the function as first created.
    /// </summary>
    public partial class ActionRatingsOverTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The column list changes, so CreateSql drops the old function before creating the new one.
            migrationBuilder.Sql(global::DeliveryTracker.Api.Features.Rag.ActionRatingsFunction.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(global::DeliveryTracker.Api.Features.Rag.ActionRatingsFunction.DropSql);
            migrationBuilder.Sql(ActionRatingsFunction.CreateSql);
        }
    }
}
