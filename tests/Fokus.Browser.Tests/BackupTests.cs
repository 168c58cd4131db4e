using System.IO.Compression;
using System.Text;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class BackupTests(BrowserApp app)
{
    [Fact]
    public async Task Admin_OpensBackupFromSettings_AndDownloadsAGzipBackupOfTheOrganisation_WhileAViewerIsKeptOut()
    {
        var page = await app.SignInAsync("admin@fokus.example");
        await page.GotoAsync($"{app.BaseUrl}/settings");
        await page.Locator("[data-testid=settings-backup-link]").ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/settings/backup");
        await page.Locator("[data-testid=backup-schedule]").WaitForAsync();
        Assert.Contains("dotnet Fokus.Web.dll restore --in", await page.Locator("[data-testid=backup-restore-command]").InnerTextAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=backup-download]").ClickAsync());
        Assert.EndsWith(".fokus-backup.json.gz", download.SuggestedFilename);
        var file = Path.Combine(BrowserApp.ArtifactsFolder, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal(new byte[] { 0x1f, 0x8b }, bytes[..2]);
        using var unzip = new StreamReader(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress), Encoding.UTF8);
        var head = new char[200];
        var read = await unzip.ReadBlockAsync(head);
        Assert.StartsWith("{\"format\":\"fokus-backup\",\"version\":1,", new string(head, 0, read));
        await page.ShotAsync("backup-sv");

        var viewer = await app.SignInAsync("viewer@fokus.example");
        await viewer.GotoAsync($"{app.BaseUrl}/settings/backup");
        await viewer.Locator("[data-testid=backup-admin-only]").WaitForAsync();
        Assert.Equal(0, await viewer.Locator("[data-testid=backup-download]").CountAsync());
        var response = await viewer.APIRequest.GetAsync($"{app.BaseUrl}/api/v1/backup");
        Assert.Equal(403, response.Status);
    }
}
