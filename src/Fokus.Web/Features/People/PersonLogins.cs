using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Fokus.Web.Features.People;

/// <summary>A person's sign-in account; the user name is always the e-mail address.</summary>
internal sealed class PersonLogins(UserManager<FokusUser> users)
{
    public Task<FokusUser?> FindByEmailAsync(string email) => users.FindByEmailAsync(email);

    public async Task<(FokusUser? User, Outcome? Failure)> CreateAsync(string email, string password)
    {
        var user = new FokusUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? (user, null) : (null, Failure(created));
    }

    /// <summary>Answers the previous e-mail address so a failed save can put it back.</summary>
    public async Task<(string? Previous, Outcome? Failure)> ChangeEmailAsync(Guid userId, string email)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return (null, null);
        var previous = user.Email;
        (user.Email, user.UserName) = (email, email);
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? (previous, null) : (null, Failure(updated));
    }

    public async Task DeleteAsync(Guid userId)
    {
        if (await users.FindByIdAsync(userId.ToString()) is { } user) await users.DeleteAsync(user);
    }

    public Task DeleteAsync(FokusUser user) => users.DeleteAsync(user);

    /// <summary>LocalizedIdentityErrors words the rule that failed; password rules go on the password field.</summary>
    private static Outcome Failure(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
            return Outcome.Invalid("email", SharedText.Get("Validation.EmailTaken"));
        var field = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "email";
        return Outcome.Invalid(field, string.Join(" ", result.Errors.Select(e => e.Description).Distinct()));
    }
}
