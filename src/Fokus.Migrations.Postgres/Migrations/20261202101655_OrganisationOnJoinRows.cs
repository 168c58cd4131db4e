using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fokus.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationOnJoinRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "TeamMembers",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "InitiativeKeyResults",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Existing rows take their organisation from the row they join (the team, the initiative).
            migrationBuilder.Sql("""UPDATE "TeamMembers" SET "OrganisationId" = (SELECT t."OrganisationId" FROM "Teams" t WHERE t."Id" = "TeamMembers"."TeamId");""");
            migrationBuilder.Sql("""UPDATE "InitiativeKeyResults" SET "OrganisationId" = (SELECT i."OrganisationId" FROM "Initiatives" i WHERE i."Id" = "InitiativeKeyResults"."InitiativeId");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "TeamMembers");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "InitiativeKeyResults");
        }
    }
}
