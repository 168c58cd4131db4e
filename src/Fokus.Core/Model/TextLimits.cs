namespace Fokus.Core.Model;

/// <summary>Maximum text lengths, shared by the entity configuration, the validators and the forms.</summary>
public static class TextLimits
{
    public const int Title = 300;
    public const int LongText = 4000;
    public const int Name = 200;
    public const int MediumText = 2000;
    public const int Unit = 32;
    public const int Email = 256;
    public const int PeriodName = 100;
    public const int Reason = 1000;
    public const int TimeZoneId = 64;
    public const int MeetingNotes = 8000;
    public const int MeetingItem = 1000;
}
