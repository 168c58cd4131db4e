using System.Linq.Expressions;
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
        if (type.GetProperties().FirstOrDefault(p => p.PropertyInfo is null && p.FieldInfo is null) is { } shadow)
            throw new InvalidOperationException($"{type.ShortName()}.{shadow.Name} is a shadow property; the backup reads properties of the CLR type.");
        var columns = type.GetProperties().Select(Column.Of)
            .Concat(type.GetComplexProperties().Select(c => Column.Of(c, For(c.ComplexType))));
        return new RowCodec(type.ClrType, columns);
    }

    /// <summary>The column names in the order <see cref="WriteValues"/> writes them.</summary>
    public IReadOnlyList<string> Names => ordered.Select(c => c.Name).ToList();

    /// <summary>Writes the row as an array in <see cref="Names"/> order; columns in <paramref name="leaveOut"/> are written as null.</summary>
    public void WriteValues(Utf8JsonWriter writer, object row, IReadOnlySet<string>? leaveOut = null)
    {
        writer.WriteStartArray();
        foreach (var column in ordered)
        {
            var value = column.Get(row);
            if (value is not null && leaveOut?.Contains(column.Name) == true) writer.WriteNullValue();
            else Write(writer, column, value);
        }
        writer.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter writer, Column column, object? value)
    {
        // The common column types directly, in the same form JsonSerializer gives them; the rest (enums, lists) through it.
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case Guid g: writer.WriteStringValue(g); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case decimal d: writer.WriteNumberValue(d); break;
            case DateTimeOffset t: writer.WriteStringValue(t); break;
            default:
                if (column.Nested is { } nested) nested.WriteObject(writer, value);
                else JsonSerializer.Serialize(writer, value, column.TypeInfo);
                break;
        }
    }

    private void WriteObject(Utf8JsonWriter writer, object value)
    {
        writer.WriteStartObject();
        foreach (var column in ordered)
        {
            writer.WritePropertyName(column.Name);
            Write(writer, column, column.Get(value));
        }
        writer.WriteEndObject();
    }

    /// <summary>The columns of a file's table in its order; a column this version lacks is refused (the file is newer).</summary>
    public Column[] Map(IReadOnlyList<string> names) => names.Select(n => columns.TryGetValue(n, out var c) ? c
        : throw new InvalidDataException($"The backup has a column {n} that {clrType.Name} does not have in this version of Fokus.")).ToArray();

    /// <summary>Reads one row array; the reader is on its StartArray and the whole array is buffered.</summary>
    public object ReadValues(ref Utf8JsonReader reader, Column[] map)
    {
        var row = Create();
        var i = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (i >= map.Length) throw new InvalidDataException($"A {clrType.Name} row has more values than columns.");
            var column = map[i++];
            column.Set(row, Read(ref reader, column));
        }
        return row;
    }

    private static object? Read(ref Utf8JsonReader reader, Column column) =>
        column.Nested is { } nested && reader.TokenType == JsonTokenType.StartObject
            ? nested.ReadObject(ref reader)
            : JsonSerializer.Deserialize(ref reader, column.TypeInfo);

    private object ReadObject(ref Utf8JsonReader reader)
    {
        var row = Create();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (!columns.TryGetValue(name, out var column))
                throw new InvalidDataException($"The backup has a column {name} that {clrType.Name} does not have in this version of Fokus.");
            column.Set(row, Read(ref reader, column));
        }
        return row;
    }

    public object? Value(object row, string column) => columns[column].Get(row);

    public void SetValue(object row, string column, object? value) => columns[column].Set(row, value);

    // Entities have a parameterless constructor (EF needs one too); records such as StatusThresholds get every field set below.
    private object Create() => clrType.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is { } ctor
        ? ctor.Invoke(null)
        : RuntimeHelpers.GetUninitializedObject(clrType);

    internal sealed record Column(string Name, JsonTypeInfo TypeInfo, RowCodec? Nested, PropertyInfo? Property, FieldInfo? Field)
    {
        public static Column Of(IProperty p) => new(p.Name, Json.GetTypeInfo(p.ClrType), null, p.PropertyInfo, p.FieldInfo);

        public static Column Of(IComplexProperty p, RowCodec nested) => new(p.Name, Json.GetTypeInfo(p.ClrType), nested, p.PropertyInfo, p.FieldInfo);

        private readonly Func<object, object?> getter = Getter(Property, Field);

        public object? Get(object row) => getter(row);

        // Compiled once per column: it runs for every value of millions of rows.
        private static Func<object, object?> Getter(PropertyInfo? property, FieldInfo? field)
        {
            var row = Expression.Parameter(typeof(object), "row");
            var typed = Expression.Convert(row, (property?.DeclaringType ?? field!.DeclaringType)!);
            Expression read = property?.GetMethod is not null ? Expression.Property(typed, property) : Expression.Field(typed, field!);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), row).Compile();
        }

        private readonly Action<object, object?> setter = Setter(Property, Field);

        public void Set(object row, object? value) => setter(row, value);

        // The property's setter (init-only ones too) compiled once; a property without one is set through its backing field.
        private static Action<object, object?> Setter(PropertyInfo? property, FieldInfo? field)
        {
            if (property?.SetMethod is not { } set) return field!.SetValue;
            var row = Expression.Parameter(typeof(object), "row");
            var value = Expression.Parameter(typeof(object), "value");
            var call = Expression.Call(Expression.Convert(row, property.DeclaringType!), set, Expression.Convert(value, property.PropertyType));
            return Expression.Lambda<Action<object, object?>>(call, row, value).Compile();
        }
    }
}
