using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class HardeningTextTests(Apps apps)
{
    [Theory]
    [InlineData("sv", "Lösenordet måste ha minst 10 tecken.")]
    [InlineData("en", "The password must be at least 10 characters.")]
    public async Task SignUp_WithAShortPassword_SaysSoInTheCallersLanguage(string language, string expected)
    {
        var client = apps.Get("sqlite").CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Language", language);
        var response = await client.PostAsJsonAsync("/api/v1/organisations",
            new { name = "X", adminEmail = $"short-{Guid.NewGuid():N}@test.example", adminPassword = "abcde", language });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").GetProperty("adminPassword");
        Assert.Equal(expected, errors[0].GetString());
    }

    [Fact]
    public async Task SignUp_WithASwedishEmailAddress_Works()
    {
        var app = apps.Get("sqlite");
        var email = $"åsa.öberg-{Guid.NewGuid():N}@företag.example";
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/organisations",
            new { name = "Åsas AB", adminEmail = email, adminPassword = TestOrg.Password, language = "sv" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var me = await (await TestOrg.LoginAsync(app, email, TestOrg.Password)).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Readiness_WithoutTheDatabase_Answers503_InTheCallersLanguage()
    {
        using var app = FokusApp.Create("postgres");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "en");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);

        NpgsqlConnection.ClearAllPools();
        await using (var server = new NpgsqlConnection(Environment.GetEnvironmentVariable(FokusApp.PostgresVariable)))
        {
            await server.OpenAsync();
            var name = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database;
            await using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
        var response = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("The database is unavailable.", (await response.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task DisposingTheTestApp_DeletesItsSqliteFiles()
    {
        var app = FokusApp.Create("sqlite");
        await TestOrg.CreateAsync(app);
        var file = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        Assert.True(File.Exists(file));
        app.Dispose();
        Assert.False(File.Exists(file));
        Assert.False(File.Exists(file + "-wal"));
        Assert.False(File.Exists(file + "-shm"));
    }
}
