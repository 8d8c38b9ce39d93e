using Microsoft.EntityFrameworkCore.Migrations;
using DeliveryTracker.Api.Features.Actions;
using NpgsqlTypes;

#nullable disable

namespace DeliveryTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanOrderAndNaturalReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:und-ci", "und-u-ks-level2,und-u-ks-level2,icu,False")
                .Annotation("Npgsql:CollationDefinition:und-natural", "und-u-kn-true,und-u-kn-true,icu,True")
                .OldAnnotation("Npgsql:CollationDefinition:und-ci", "und-u-ks-level2,und-u-ks-level2,icu,False");

            // PostgreSQL will not change the collation of a column a generated column reads: the search vector is
            // dropped and made again around the change.
            migrationBuilder.DropIndex(name: "ix_actions_search_vector", table: "actions");
            migrationBuilder.DropColumn(name: "search_vector", table: "actions");

            migrationBuilder.AlterColumn<string>(
                name: "reference_code",
                table: "actions",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                collation: "und-natural",
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30);

            AddSearchVector(migrationBuilder);

            migrationBuilder.AddColumn<int>(
                name: "objective_position",
                table: "actions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "theme_position",
                table: "actions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ix_actions_plan_order",
                table: "actions",
                columns: new[] { "plan_id", "theme_position", "objective_position", "position", "id" });

            migrationBuilder.Sql(PlanOrderTriggers.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PlanOrderTriggers.Drop);
            migrationBuilder.DropIndex(name: "ix_actions_search_vector", table: "actions");
            migrationBuilder.DropColumn(name: "search_vector", table: "actions");

            migrationBuilder.DropIndex(
                name: "ix_actions_plan_order",
                table: "actions");

            migrationBuilder.DropColumn(
                name: "objective_position",
                table: "actions");

            migrationBuilder.DropColumn(
                name: "theme_position",
                table: "actions");

            // The column stops using the collation before the collation is dropped.
            migrationBuilder.AlterColumn<string>(
                name: "reference_code",
                table: "actions",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30,
                oldCollation: "und-natural");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:und-ci", "und-u-ks-level2,und-u-ks-level2,icu,False")
                .OldAnnotation("Npgsql:CollationDefinition:und-ci", "und-u-ks-level2,und-u-ks-level2,icu,False")
                .OldAnnotation("Npgsql:CollationDefinition:und-natural", "und-u-kn-true,und-u-kn-true,icu,True");

            AddSearchVector(migrationBuilder);
        }

        private static void AddSearchVector(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "actions",
                type: "tsvector",
                nullable: false)
                .Annotation("Npgsql:TsVectorConfig", "english")
                .Annotation("Npgsql:TsVectorProperties", new[] { "reference_code", "text" });

            migrationBuilder.CreateIndex(
                name: "ix_actions_search_vector",
                table: "actions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
