namespace Intervention.Domain.Services;

/// <summary>The kind of police or gendarmerie unit that hosts a post.</summary>
/// <remarks>Some referral channels exist only in one kind of unit: the day log (main courante) in police stations, the CORG synthesis and BDRIJ messages in the gendarmerie (R20).</remarks>
public enum ForceKind
{
    /// <summary>A French police station (commissariat de police nationale).</summary>
    FrenchPoliceStation = 1,

    /// <summary>A French gendarmerie unit (brigade, compagnie, groupement).</summary>
    FrenchGendarmerieUnit = 2,

    /// <summary>A Québec municipal police service.</summary>
    QuebecMunicipalPolice = 3,

    /// <summary>A Belgian local police zone.</summary>
    BelgianLocalPolice = 4,

    /// <summary>A Swiss cantonal police force.</summary>
    SwissCantonalPolice = 5,
}
