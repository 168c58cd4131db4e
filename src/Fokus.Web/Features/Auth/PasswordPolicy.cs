using Fokus.Data;
using Fokus.Web.Features.Demo;
using Fokus.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Fokus.Web.Features.Auth;

/// <summary>
/// Refuses passwords from the list of common ones, and the demo password unless the demo organisation is seeded
/// (its accounts share it by design). The minimum length is Identity's own rule (AuthSetup: 10).
/// Codes start with "Password" so the field errors land on the password field.
/// </summary>
internal sealed class PasswordPolicy(IConfiguration config) : IPasswordValidator<FokusUser>
{
    public const int MinimumLength = 10;

    public Task<IdentityResult> ValidateAsync(UserManager<FokusUser> manager, FokusUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        if (string.Equals(password.Trim(), DemoSeeder.Password, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(config.GetValue("Fokus:Demo:Seed", true)
                ? IdentityResult.Success
                : Failed("PasswordDemo", "Auth.PasswordDemo"));
        if (CommonPasswords.Contains(password)) return Task.FromResult(Failed("PasswordCommon", "Auth.PasswordCommon"));
        if (user.Email is { Length: > 0 } email && string.Equals(password.Trim(), email, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(Failed("PasswordIsEmail", "Auth.PasswordIsEmail"));
        return Task.FromResult(IdentityResult.Success);
    }

    private static IdentityResult Failed(string code, string key) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = SharedText.Get(key) });
}
