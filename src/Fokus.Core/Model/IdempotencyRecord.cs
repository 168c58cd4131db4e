namespace Fokus.Core.Model;

/// <summary>
/// The first answer to a POST sent with an Idempotency-Key, kept so that a client's retry with the same key gets the
/// same answer instead of creating the thing twice. Keys are per organisation and person. In the database, so every
/// node sees it; until the answer is stored (ResponseStatus null) the record is a claim on the key.
/// </summary>
public sealed class IdempotencyRecord : IOrganisationOwned
{
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public required string Key { get; set; }
    /// <summary>SHA-256 (hex) of method, path, query and body: the same key with another request is refused.</summary>
    public required string RequestHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public int? ResponseStatus { get; set; }
    public string? ResponseContentType { get; set; }
    public string? ResponseLocation { get; set; }
    public byte[]? ResponseBody { get; set; }
}
