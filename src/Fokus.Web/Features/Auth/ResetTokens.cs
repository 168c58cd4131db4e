using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Fokus.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Fokus.Web.Features.Auth;

/// <summary>
/// Identity's password-reset token provider for Fokus: a data-protected (issued, user, purpose, security stamp)
/// that expires after an hour by the app's TimeProvider. Resetting changes the stamp, so a link works once.
/// (Identity's DataProtectorTokenProvider reads the wall clock, which tests cannot move.)
/// </summary>
internal sealed class ResetTokens(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<FokusUser>
{
    public const string Name = "FokusReset";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly IDataProtector protector = protection.CreateProtector("Fokus.PasswordReset.v1");

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<FokusUser> manager, FokusUser user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<FokusUser> manager, FokusUser user)
    {
        var issued = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var payload = string.Join('\n', issued, user.Id, purpose, await manager.GetSecurityStampAsync(user));
        return WebEncoders.Base64UrlEncode(protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<FokusUser> manager, FokusUser user)
    {
        string[] parts;
        try { parts = Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n'); }
        catch (Exception e) when (e is CryptographicException or FormatException) { return false; }
        if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)) return false;
        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued);
        return age >= TimeSpan.FromMinutes(-5) && age <= Lifetime
            && parts[1] == user.Id.ToString() && parts[2] == purpose
            && parts[3] == await manager.GetSecurityStampAsync(user);
    }
}
