namespace Intervention.Confidentiality.Disclosure;

/// <summary>How a report reaches the judicial authority (R12).</summary>
public enum JudicialRoute
{
    /// <summary>Through the police or gendarmerie hierarchy: an offence or immediate danger.</summary>
    ThroughPoliceHierarchy = 1,

    /// <summary>Through the département's services (the normal reporting circuit): a suspected child in danger.</summary>
    ThroughDepartment = 2,
}
