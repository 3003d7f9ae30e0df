package org.pactum.domain.agreement;

/** The fields interregional agreements cover; the UI and rendered documents name them from resource bundles. */
public enum CooperationArea {
    TRADE_AND_ECONOMY,
    INDUSTRY,
    AGRICULTURE,
    SCIENCE_AND_TECHNOLOGY,
    EDUCATION,
    HEALTH_CARE,
    CULTURE,
    TOURISM,
    SPORT_AND_YOUTH,
    DIGITALISATION,
    TRANSPORT_AND_LOGISTICS,
    ENVIRONMENT,
    HUMANITARIAN
}
