namespace Intervention.Domain.People;

/// <summary>The sex recorded for activity statistics.</summary>
public enum Sex
{
    /// <summary>Not stated by the person or not recorded.</summary>
    NotStated = 1,

    /// <summary>Female.</summary>
    Female = 2,

    /// <summary>Male.</summary>
    Male = 3,

    /// <summary>Another answer given by the person.</summary>
    Other = 4,
}
