using Fokus.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Fokus.Web.Features.Auth;

/// <summary>Identity's messages reach API field errors, so they come from the resources in the caller's language.</summary>
internal sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), SharedText.Get("Identity.DefaultError"));

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), SharedText.Get("Problem.Conflict"));

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), SharedText.Format("Identity.PasswordTooShort", length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), SharedText.Format("Identity.PasswordRequiresUniqueChars", uniqueChars));

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), SharedText.Get("Identity.PasswordRequiresNonAlphanumeric"));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), SharedText.Get("Identity.PasswordRequiresDigit"));

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), SharedText.Get("Identity.PasswordRequiresLower"));

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), SharedText.Get("Identity.PasswordRequiresUpper"));

    // The user name is always the e-mail address, so both duplicates read as the same sentence.
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), SharedText.Get("Validation.EmailTaken"));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), SharedText.Get("Validation.EmailTaken"));

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), SharedText.Get("Validation.Email"));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), SharedText.Get("Validation.Email"));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
