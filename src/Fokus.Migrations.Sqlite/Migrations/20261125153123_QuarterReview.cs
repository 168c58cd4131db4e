using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fokus.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuarterReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CarriedFromObjectiveId",
                table: "Objectives",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CarriedFromKeyResultId",
                table: "KeyResults",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ObjectiveReviews",
                columns: table => new
                {
                    ObjectiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WhatWorked = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WhatDidNot = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DoDifferently = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CarryKeyResultIds = table.Column<string>(type: "TEXT", nullable: false),
                    CarriedToObjectiveId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedByPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveReviews", x => x.ObjectiveId);
                    table.ForeignKey(
                        name: "FK_ObjectiveReviews_Objectives_CarriedToObjectiveId",
                        column: x => x.CarriedToObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ObjectiveReviews_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ObjectiveReviews_People_ReviewedByPersonId",
                        column: x => x.ReviewedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveReviews_CarriedToObjectiveId",
                table: "ObjectiveReviews",
                column: "CarriedToObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveReviews_OrganisationId",
                table: "ObjectiveReviews",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveReviews_ReviewedByPersonId",
                table: "ObjectiveReviews",
                column: "ReviewedByPersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ObjectiveReviews");

            migrationBuilder.DropColumn(
                name: "CarriedFromObjectiveId",
                table: "Objectives");

            migrationBuilder.DropColumn(
                name: "CarriedFromKeyResultId",
                table: "KeyResults");
        }
    }
}
