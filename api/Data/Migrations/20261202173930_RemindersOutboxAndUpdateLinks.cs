using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeliveryTracker.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class RemindersOutboxAndUpdateLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reminders_action_id_lead_id_kind_cycle",
                table: "reminders");

            migrationBuilder.DropIndex(
                name: "ix_reminders_lead_id_sent_at",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "emailed_at",
                table: "notifications");

            migrationBuilder.RenameColumn(
                name: "sent_at",
                table: "reminders",
                newName: "last_failure_at");

            migrationBuilder.AddColumn<bool>(
                name: "email_reminders",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "lead_id",
                table: "reminders",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<int>(
                name: "days_overdue",
                table: "reminders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "delivered_at",
                table: "reminders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "delivered_via",
                table: "reminders",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<Guid>(
                name: "digest_id",
                table: "reminders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "due_on",
                table: "reminders",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "last_failure",
                table: "reminders",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "plan_id",
                table: "reminders",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateOnly>(
                name: "scan_date",
                table: "reminders",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "reminders",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Pending");

            migrationBuilder.AddColumn<Guid>(
                name: "user_id",
                table: "reminders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "settings_overdue_reminder_every_days",
                table: "plans",
                type: "integer",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<bool>(
                name: "settings_reminders_paused",
                table: "plans",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<Guid>(
                name: "lead_id",
                table: "notifications",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "digest_id",
                table: "notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "user_id",
                table: "notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reminder_digests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    lead_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scan_date = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminder_digests", x => x.id);
                    table.CheckConstraint("ck_reminder_digests_recipient", "lead_id IS NOT NULL OR user_id IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_reminder_digests_leads_lead_id",
                        column: x => x.lead_id,
                        principalTable: "leads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_reminder_digests_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "digest_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    digest_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_digest_deliveries_reminder_digests_digest_id",
                        column: x => x.digest_id,
                        principalTable: "reminder_digests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "update_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    digest_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lead_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_update_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_update_links_leads_lead_id",
                        column: x => x.lead_id,
                        principalTable: "leads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_update_links_reminder_digests_digest_id",
                        column: x => x.digest_id,
                        principalTable: "reminder_digests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_reminders_action_id_kind_cycle_lead_id_user_id",
                table: "reminders",
                columns: new[] { "action_id", "kind", "cycle", "lead_id", "user_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_reminders_digest_id",
                table: "reminders",
                column: "digest_id");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_lead_id",
                table: "reminders",
                column: "lead_id");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_plan_id_created_at",
                table: "reminders",
                columns: new[] { "plan_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reminders_user_id",
                table: "reminders",
                column: "user_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_reminders_one_recipient",
                table: "reminders",
                sql: "(lead_id IS NULL) <> (user_id IS NULL)");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_digest_id",
                table: "notifications",
                column: "digest_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at",
                table: "notifications",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.AddCheckConstraint(
                name: "ck_notifications_recipient",
                table: "notifications",
                sql: "lead_id IS NOT NULL OR user_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_created_at",
                table: "digest_deliveries",
                column: "created_at",
                filter: "state = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_digest_id_channel",
                table: "digest_deliveries",
                columns: new[] { "digest_id", "channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reminder_digests_lead_id",
                table: "reminder_digests",
                column: "lead_id");

            migrationBuilder.CreateIndex(
                name: "ix_reminder_digests_user_id",
                table: "reminder_digests",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_update_links_digest_id",
                table: "update_links",
                column: "digest_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_update_links_lead_id",
                table: "update_links",
                column: "lead_id");

            migrationBuilder.AddForeignKey(
                name: "fk_notifications_reminder_digests_digest_id",
                table: "notifications",
                column: "digest_id",
                principalTable: "reminder_digests",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_notifications_users_user_id",
                table: "notifications",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_reminders_plans_plan_id",
                table: "reminders",
                column: "plan_id",
                principalTable: "plans",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_reminders_reminder_digests_digest_id",
                table: "reminders",
                column: "digest_id",
                principalTable: "reminder_digests",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_reminders_users_user_id",
                table: "reminders",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_notifications_reminder_digests_digest_id",
                table: "notifications");

            migrationBuilder.DropForeignKey(
                name: "fk_notifications_users_user_id",
                table: "notifications");

            migrationBuilder.DropForeignKey(
                name: "fk_reminders_plans_plan_id",
                table: "reminders");

            migrationBuilder.DropForeignKey(
                name: "fk_reminders_reminder_digests_digest_id",
                table: "reminders");

            migrationBuilder.DropForeignKey(
                name: "fk_reminders_users_user_id",
                table: "reminders");

            migrationBuilder.DropTable(
                name: "digest_deliveries");

            migrationBuilder.DropTable(
                name: "update_links");

            migrationBuilder.DropTable(
                name: "reminder_digests");

            migrationBuilder.DropIndex(
                name: "ix_reminders_action_id_kind_cycle_lead_id_user_id",
                table: "reminders");

            migrationBuilder.DropIndex(
                name: "ix_reminders_digest_id",
                table: "reminders");

            migrationBuilder.DropIndex(
                name: "ix_reminders_lead_id",
                table: "reminders");

            migrationBuilder.DropIndex(
                name: "ix_reminders_plan_id_created_at",
                table: "reminders");

            migrationBuilder.DropIndex(
                name: "ix_reminders_user_id",
                table: "reminders");

            migrationBuilder.DropCheckConstraint(
                name: "ck_reminders_one_recipient",
                table: "reminders");

            migrationBuilder.DropIndex(
                name: "ix_notifications_digest_id",
                table: "notifications");

            migrationBuilder.DropIndex(
                name: "ix_notifications_user_id_created_at",
                table: "notifications");

            migrationBuilder.DropCheckConstraint(
                name: "ck_notifications_recipient",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "email_reminders",
                table: "users");

            migrationBuilder.DropColumn(
                name: "days_overdue",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "delivered_at",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "delivered_via",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "digest_id",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "due_on",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "last_failure",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "plan_id",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "scan_date",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "state",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "user_id",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "settings_overdue_reminder_every_days",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "settings_reminders_paused",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "digest_id",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "user_id",
                table: "notifications");

            migrationBuilder.RenameColumn(
                name: "last_failure_at",
                table: "reminders",
                newName: "sent_at");

            migrationBuilder.AlterColumn<Guid>(
                name: "lead_id",
                table: "reminders",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "lead_id",
                table: "notifications",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "emailed_at",
                table: "notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_reminders_action_id_lead_id_kind_cycle",
                table: "reminders",
                columns: new[] { "action_id", "lead_id", "kind", "cycle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reminders_lead_id_sent_at",
                table: "reminders",
                columns: new[] { "lead_id", "sent_at" });
        }
    }
}
