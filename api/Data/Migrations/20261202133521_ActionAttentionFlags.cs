using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeliveryTracker.Api.Data.Migrations
{
    /// <summary>
    /// Replaces <c>action_ratings(as_of)</c> with the same ratings plus the attention flags (is_overdue, is_due_soon,
    /// is_stale, is_blocked) that the dashboard counts and the actions list filters on. Down puts back the function as
    /// <c>ActionRatingsOverTime</c> left it.
    /// </summary>
    public partial class ActionAttentionFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The column list changes, so CreateSql drops the old function before creating the new one. A later change
            // freezes this text here first, as ActionRatingsOverTime holds its own.
            migrationBuilder.Sql(global::DeliveryTracker.Api.Features.Rag.ActionRatingsFunction.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // ActionRatingsOverTime's text starts with its own DROP, so the wider function goes first.
            migrationBuilder.Sql(ActionRatingsOverTime.CreateSql);
        }
    }
}
