namespace DeliveryTracker.Contracts.Accounts;

/// <summary>What a user may do. A user may hold several roles; what they allow adds up.</summary>
public enum Role
{
    /// <summary>Users, roles, API keys, webhooks, the security log and the job dashboard; reads every plan.</summary>
    Administrator,

    /// <summary>Everything in plans: structure, leads, KPIs, measurements, reviews, progress updates on any action.</summary>
    ProgrammeManager,

    /// <summary>Reads everything; posts progress updates (status, percent, rating) only on the actions they lead.</summary>
    Lead,

    /// <summary>Reads everything; creates board reports.</summary>
    BoardMember,

    /// <summary>Reads everything; changes nothing.</summary>
    Viewer,
}
