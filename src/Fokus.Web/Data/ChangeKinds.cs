namespace Fokus.Web.Data;

/// <summary>What a committed change can affect, so each listener reacts only to what concerns it.</summary>
[Flags]
internal enum ChangeKinds
{
    None = 0,
    /// <summary>Objectives, key results, check-ins, teams, periods: the read views and the OKR pages.</summary>
    Okr = 1,
    /// <summary>People, logins, roles and tokens: who may still come in.</summary>
    Access = 2,
    /// <summary>A person's notifications: the bell, not the OKR views.</summary>
    Notifications = 4,
    All = Okr | Access | Notifications,
}
