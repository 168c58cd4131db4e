using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fokus.Web.Features.Backup;

/// <summary>
/// Writes and reads one entity as a JSON object of its mapped properties (complex properties nested), by EF property name,
/// so the file holds what the database holds whatever the provider's column types are.
/// </summary>
internal sealed class RowCodec
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private readonly Type clrType;
    private readonly Dictionary<string, Column> columns;
    private readonly Column[] ordered;

    private RowCodec(Type clrType, IEnumerable<Column> columns)
    {
        this.clrType = clrType;
        ordered = columns.ToArray();
        this.columns = ordered.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    public static RowCodec For(ITypeBase type)
    {
        var columns = type.GetProperties().Select(Column.Of)
            .Concat(type.GetComplexProperties().Select(c => Column.Of(c, For(c.ComplexType))));
        return new RowCodec(type.ClrType, columns);
    }

    /// <summary>Writes the row; a column the filter leaves out is written as null (a left-out secret).</summary>
    public void Write(Utf8JsonWriter writer, object row, Func<string, object?, bool>? leaveOut = null)
    {
        writer.WriteStartObject();
        foreach (var column in ordered)
        {
            var value = column.Get(row);
            writer.WritePropertyName(column.Name);
            if (value is not null && leaveOut?.Invoke(column.Name, value) == true) writer.WriteNullValue();
            else if (column.Nested is { } nested && value is not null) nested.Write(writer, value);
            else JsonSerializer.Serialize(writer, value, column.TypeInfo);
        }
        writer.WriteEndObject();
    }

    /// <summary>Reads one row; the reader is on its StartObject and the whole object is in its buffer.</summary>
    public object Read(ref Utf8JsonReader reader)
    {
        var row = Create();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (!columns.TryGetValue(name, out var column))
                throw new InvalidDataException($"The backup has a column {name} that {clrType.Name} does not have in this version of Fokus.");
            var value = column.Nested is { } nested && reader.TokenType == JsonTokenType.StartObject
                ? nested.Read(ref reader)
                : JsonSerializer.Deserialize(ref reader, column.TypeInfo);
            column.Set(row, value);
        }
        return row;
    }

    public object? Value(object row, string column) => columns[column].Get(row);

    public void SetValue(object row, string column, object? value) => columns[column].Set(row, value);

    // Entities have a parameterless constructor (EF needs one too); records such as StatusThresholds get every field set below.
    private object Create() => clrType.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is { } ctor
        ? ctor.Invoke(null)
        : RuntimeHelpers.GetUninitializedObject(clrType);

    private sealed record Column(string Name, JsonTypeInfo TypeInfo, RowCodec? Nested, PropertyInfo? Property, FieldInfo? Field)
    {
        public static Column Of(IProperty p) => new(p.Name, Json.GetTypeInfo(p.ClrType), null, p.PropertyInfo, p.FieldInfo);

        public static Column Of(IComplexProperty p, RowCodec nested) => new(p.Name, Json.GetTypeInfo(p.ClrType), nested, p.PropertyInfo, p.FieldInfo);

        public object? Get(object row) => Property?.GetMethod is { } get ? get.Invoke(row, null) : Field!.GetValue(row);

        // Through the backing field when there is one, so init-only and record properties are set too.
        public void Set(object row, object? value)
        {
            if (Field is not null) Field.SetValue(row, value);
            else Property!.SetValue(row, value);
        }
    }
}
