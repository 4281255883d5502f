namespace CoopRegistry.Domain.Agreements;

// The numbers match the contract's enums (coopregistry.v1), so mapping either way is by value and by name.

/// <summary>What kind of instrument an agreement is.</summary>
public enum AgreementKind
{
    Unspecified = 0,
    MemorandumOfUnderstanding = 1,
    CooperationAgreement = 2,
    WorkingMinutes = 3,
}

/// <summary>Lifecycle: draft → in consultation → signed → in force → expired / terminated / superseded; in force ⇄ suspended.</summary>
public enum AgreementState
{
    Unspecified = 0,
    Draft = 1,
    InConsultation = 2,
    Signed = 3,
    InForce = 4,
    Suspended = 5,
    Expired = 6,
    Terminated = 7,
    Superseded = 8,
}

/// <summary>Who may read an agreement's text.</summary>
public enum Confidentiality
{
    Unspecified = 0,
    Public = 1,
    Internal = 2,
    Confidential = 3,
}

/// <summary>The level an agreement is signed at; PROVINCE (the People's Committee's name) needs the Art. 19 consultation.</summary>
public enum AgreementLevel
{
    Unspecified = 0,
    Province = 1,
    Department = 2,
    Commune = 3,
}

/// <summary>The role a party plays.</summary>
public enum PartyRole
{
    Unspecified = 0,
    Signatory = 1,
    Witness = 2,
    Observer = 3,
}

/// <summary>A consulted body's position.</summary>
public enum OpinionPosition
{
    Unspecified = 0,
    Awaited = 1,
    Agrees = 2,
    Disagrees = 3,
}

/// <summary>The kind of a revision.</summary>
public enum RevisionKind
{
    Unspecified = 0,
    Amendment = 1,
    Extension = 2,
    Suspension = 3,
    Resumption = 4,
    Termination = 5,
    Supersession = 6,
    Expiry = 7,
}
