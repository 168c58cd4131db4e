using Fokus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Fokus.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider without the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FokusDbContext>
{
    public FokusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FokusDbContext>()
            .UseNpgsql("Host=localhost;Database=fokus_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
