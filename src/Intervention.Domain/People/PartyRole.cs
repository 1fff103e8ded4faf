namespace Intervention.Domain.People;

/// <summary>The part a person plays in the situation.</summary>
/// <remarks>R02 (France: victim or alleged perpetrator, adult or minor), R40 (staff member), R50 (Belgium: victims, relatives, witnesses).</remarks>
public enum PartyRole
{
    /// <summary>The victim.</summary>
    Victim = 1,

    /// <summary>The alleged perpetrator (mis en cause).</summary>
    AllegedPerpetrator = 2,

    /// <summary>A witness.</summary>
    Witness = 3,

    /// <summary>A relative of a victim or of another person concerned (proche).</summary>
    Relative = 4,

    /// <summary>A member of the police force's own staff (staff service).</summary>
    StaffMember = 5,

    /// <summary>A person in distress or in a vulnerable situation who is neither victim nor perpetrator (R02; Québec R31).</summary>
    PersonInDifficulty = 6,
}
