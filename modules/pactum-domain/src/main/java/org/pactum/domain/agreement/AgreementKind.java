package org.pactum.domain.agreement;

/** The kinds of documents regional administrations conclude with each other. */
public enum AgreementKind {
    /** Меморандум о сотрудничестве — a declaration of shared intentions, often between chambers or enterprises. */
    MEMORANDUM_OF_COOPERATION,
    /** Соглашение о сотрудничестве — trade-economic, scientific-technical, cultural cooperation between regions. */
    COOPERATION_AGREEMENT,
    /** Протокол о намерениях — intended supplies or services, usually between enterprises. */
    PROTOCOL_OF_INTENT,
    /** Соглашение об установлении побратимских связей — between two cities. */
    SISTER_CITY_AGREEMENT
}
