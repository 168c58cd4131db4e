using Fokus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Fokus.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider without the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FokusDbContext>
{
    public FokusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FokusDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
