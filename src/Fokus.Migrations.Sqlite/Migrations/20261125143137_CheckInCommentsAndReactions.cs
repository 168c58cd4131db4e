using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fokus.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CheckInCommentsAndReactions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckInComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckInId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckInComments_CheckIns_CheckInId",
                        column: x => x.CheckInId,
                        principalTable: "CheckIns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckInComments_People_AuthorPersonId",
                        column: x => x.AuthorPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CheckInReactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckInId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInReactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckInReactions_CheckIns_CheckInId",
                        column: x => x.CheckInId,
                        principalTable: "CheckIns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckInReactions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInComments_AuthorPersonId",
                table: "CheckInComments",
                column: "AuthorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInComments_CheckInId_CreatedAt",
                table: "CheckInComments",
                columns: new[] { "CheckInId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInComments_OrganisationId",
                table: "CheckInComments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInReactions_CheckInId_PersonId_Kind",
                table: "CheckInReactions",
                columns: new[] { "CheckInId", "PersonId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckInReactions_OrganisationId",
                table: "CheckInReactions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInReactions_PersonId",
                table: "CheckInReactions",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckInComments");

            migrationBuilder.DropTable(
                name: "CheckInReactions");
        }
    }
}
