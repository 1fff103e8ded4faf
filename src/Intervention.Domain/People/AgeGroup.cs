namespace Intervention.Domain.People;

/// <summary>Minor or adult, on a given date.</summary>
public enum AgeGroup
{
    /// <summary>Under the age of majority (18 in the four jurisdictions).</summary>
    Minor = 1,

    /// <summary>Of age.</summary>
    Adult = 2,
}
