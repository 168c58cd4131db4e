using System.Text;

namespace Fokus.Web.Tests.Fuzzing;

/// <summary>One fuzzed request, described well enough to replay it by hand or with the printed seed.</summary>
internal sealed record FuzzCase(int Index, string Operation, string Caller, string Method, string Url, string? ContentType, byte[]? Body)
{
    /// <summary>Why the request must be refused (never 2xx), when it carries what the API documents as refused.</summary>
    public string? MustRefuse { get; init; }

    public string RequestText => Url + " " + (Body is null ? "" : Encoding.UTF8.GetString(Body));

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        return message;
    }

    public string Describe()
    {
        var body = Body is null ? "(no body)" : Encoding.UTF8.GetString(Body);
        if (body.Length > 600) body = body[..600] + $"... ({Body!.Length} bytes)";
        return $"#{Index} [{Operation}] as {Caller}: {Method} {(Url.Length > 300 ? Url[..300] + "..." : Url)} Content-Type: {ContentType ?? "(none)"} Body: {body}";
    }
}
