namespace Intervention.Domain.Services;

/// <summary>The legal order a service works under; it chooses the rule pack of the confidentiality engine.</summary>
public enum Jurisdiction
{
    /// <summary>France (Code pénal, Code de l'action sociale et des familles).</summary>
    France = 1,

    /// <summary>Québec, Canada (Code des professions, Loi sur la protection de la jeunesse).</summary>
    Quebec = 2,

    /// <summary>Belgium (Code pénal 458, 458bis).</summary>
    Belgium = 3,

    /// <summary>Switzerland (Code civil 314c–314d, LAVI, Code pénal 321, 364).</summary>
    Switzerland = 4,
}
