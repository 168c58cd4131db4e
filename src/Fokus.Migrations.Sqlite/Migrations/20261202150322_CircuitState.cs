using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fokus.Migrations.Sqlite.Migrations
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 449, nullable: false),
                    Value = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AbsoluteExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SlidingSeconds = table.Column<long>(type: "INTEGER", nullable: true)
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
