namespace Fokus.Web.Tests;

/// <summary>
/// Passwords. Every role may change its own password (here with a wrong current one, so the clients stay signed in);
/// the forgot and reset doors are anonymous, so every role gets the same answer as a stranger (AuthTests covers anonymous).
/// </summary>
internal static partial class RoleMatrix
{
    public static IEnumerable<RoleCase> Auth(RoleMatrixWorld w) =>
    [
        new("change password, wrong current one", c => c.Post("/api/v1/auth/password",
            new { currentPassword = "not-my-password", newPassword = "lingonberry-harbour-42" }), 400, 400, 400, 400, 400),
        new("ask for a reset link", c => c.Post("/api/v1/auth/forgot-password", new { email = $"nobody-{Guid.NewGuid():N}@test.example" }),
            202, 202, 202, 202, 202),
        new("reset with a forged token", c => c.Post("/api/v1/auth/reset-password",
            new { userId = c.PersonId, token = "forged", newPassword = "lingonberry-harbour-42" }), 400, 400, 400, 400, 400),
    ];
}
