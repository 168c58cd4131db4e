using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fokus.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CircuitState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CircuitStates",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(449)", maxLength: 449, nullable: false),
                    Value = table.Column<byte[]>(type: "bytea", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AbsoluteExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SlidingSeconds = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircuitStates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CircuitStates_ExpiresAt",
                table: "CircuitStates",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CircuitStates");
        }
    }
}
