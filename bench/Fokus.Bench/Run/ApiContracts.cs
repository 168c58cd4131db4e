namespace Fokus.Bench.Run;

// The subset of the Fokus HTTP API (JSON, camelCase) that the load run reads and writes.

internal sealed record LoginRequest(string Email, string Password);

internal sealed record LoginResponse(string TokenType, string AccessToken, int ExpiresIn, string? RefreshToken);

internal sealed record PeriodResponse(Guid Id, string Name);

internal sealed record PageResponse<T>(List<T> Items, int Page, int PageSize, int Total);

internal sealed record ObjectiveSummary(Guid Id, Guid? OwnerTeamId, List<KeyResultSummary>? KeyResults);

internal sealed record KeyResultSummary(Guid Id, string? Type, decimal? StartValue, decimal? TargetValue)
{
    public bool IsMilestone => string.Equals(Type, "milestone", StringComparison.OrdinalIgnoreCase);
}

internal sealed record CheckInRequest(decimal Value, int Confidence, string WentWell, string Blockers, string Note);
