namespace DeliveryTracker.Contracts.Leads;

/// <summary>What kind of party a lead is.</summary>
public enum LeadKind
{
    /// <summary>A named person, e.g. a council officer.</summary>
    Person,

    /// <summary>A team, e.g. "Problem Solving Team".</summary>
    Team,

    /// <summary>A post or role, e.g. "VAWG Lead".</summary>
    Role,

    /// <summary>A partner organisation, e.g. "Police" or "St Giles Trust".</summary>
    Organisation,

    /// <summary>A board or panel, e.g. "VAWG Board".</summary>
    Board,
}
