using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fokus.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TrustworthyNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "People",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxKeyResultsPerObjective",
                table: "Organisations",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "NewKeyResultGraceDays",
                table: "Organisations",
                type: "integer",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "Organisations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "UTC");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CreatedAt",
                table: "KeyResults",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<bool>(
                name: "UnboundedPercent",
                table: "KeyResults",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CreatedAt",
                table: "Initiatives",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                table: "Initiatives",
                type: "uuid",
                nullable: true);

            // A key result already there was created with its objective.
            migrationBuilder.Sql("UPDATE \"KeyResults\" SET \"CreatedAt\" = (SELECT o.\"CreatedAt\" FROM \"Objectives\" o WHERE o.\"Id\" = \"KeyResults\".\"ObjectiveId\")");

            migrationBuilder.CreateTable(
                name: "PeriodReopenings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodReopenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeriodReopenings_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PeriodReopenings_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_TeamId",
                table: "Initiatives",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodReopenings_OrganisationId_PeriodId",
                table: "PeriodReopenings",
                columns: new[] { "OrganisationId", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodReopenings_PeriodId",
                table: "PeriodReopenings",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodReopenings_PersonId",
                table: "PeriodReopenings",
                column: "PersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_Initiatives_Teams_TeamId",
                table: "Initiatives",
                column: "TeamId",
                principalTable: "Teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Initiatives_Teams_TeamId",
                table: "Initiatives");

            migrationBuilder.DropTable(
                name: "PeriodReopenings");

            migrationBuilder.DropIndex(
                name: "IX_Initiatives_TeamId",
                table: "Initiatives");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "MaxKeyResultsPerObjective",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "NewKeyResultGraceDays",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "KeyResults");

            migrationBuilder.DropColumn(
                name: "UnboundedPercent",
                table: "KeyResults");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Initiatives");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "Initiatives");
        }
    }
}
