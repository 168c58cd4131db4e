using Microsoft.AspNetCore.Identity;

namespace Fokus.Data;

/// <summary>A sign-in account. Organisation membership and role live on <see cref="Fokus.Core.Model.Person"/>.</summary>
public sealed class FokusUser : IdentityUser<Guid>;
