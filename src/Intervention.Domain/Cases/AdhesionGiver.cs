namespace Intervention.Domain.Cases;

/// <summary>Who expressed the adhesion or the refusal.</summary>
public enum AdhesionGiver
{
    /// <summary>The person concerned.</summary>
    Person = 1,

    /// <summary>A parent or the legal representative (for a minor or a protected adult).</summary>
    LegalRepresentative = 2,
}
