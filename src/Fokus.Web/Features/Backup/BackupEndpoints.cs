using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Backup;

internal static class BackupEndpoints
{
    public static IServiceCollection AddBackup(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<BackupOptions>(config.GetSection("Fokus:Backup"));
        services.AddSingleton<BackupFiles>().AddScoped<BackupQueries>().AddScoped<BackupSchedule>();
        services.AddHostedService<BackupService>();
        return services;
    }

    public static IEndpointRouteBuilder MapBackup(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/backup").WithTags("Backup");
        api.MapGet("/", async (Caller caller, BackupQueries q, CancellationToken ct) =>
            {
                // The role is checked before the first byte; the file is then streamed as it is written.
                var allowed = await q.DownloadNameAsync(caller, ct);
                return allowed is { Succeeded: true, Value: { } name }
                    ? TypedResults.Stream(stream => q.WriteAsync(caller, stream, ct), "application/gzip", name)
                    : allowed.ToHttp();
            })
            .Produces(200, contentType: "application/gzip")
            .WithSummary("A full backup of the caller's organisation as gzip-compressed JSON (admins only).");
        api.MapGet("/files", async (Caller caller, BackupQueries q, CancellationToken ct) => (await q.ListAsync(caller, ct)).ToHttp())
            .Produces<IReadOnlyList<BackupFileDto>>().WithSummary("The scheduled backups of the caller's organisation, newest first (admins only).");
        api.MapGet("/files/{name}", async (Caller caller, string name, BackupQueries q, CancellationToken ct) =>
            {
                var file = await q.FileAsync(caller, name, ct);
                return file is { Succeeded: true, Value: { } path } ? TypedResults.PhysicalFile(path, "application/gzip", name) : file.ToHttp();
            })
            .Produces(200, contentType: "application/gzip").WithSummary("One scheduled backup file (admins only).");
        return app;
    }
}
