package org.policyportal.standards;

import java.util.regex.Pattern;

/**
 * Clause-level signal that a clause deals with internet, ICT or digital communication
 * (en, nl, de, fr, es keywords). Stateless and thread-safe.
 */
public final class DigitalFocus {

    private static final PrefilteredPattern KEYWORDS = new PrefilteredPattern(Pattern.compile(
            PrefilteredPattern.NOT_AFTER_LETTER + "(?:"
                    // en
                    + "internet\\p{L}*|intranet|online|software|cloud|websites?|web\\s+(?:sites?|services?|applications?|pages?|portals?)"
                    + "|web-?based|e-?mails?|networks?|network(?:ed|ing)|digital\\p{L}*|data|databases?|datasets?|online"
                    + "|computers?|computing|servers?|information\\s+(?:systems?|technology|and\\s+communications?\\s+technology)"
                    + "|telecommunications?|broadband|cyber\\p{L}*|(?:mobile\\s+)?apps?|applications?\\s+programming|APIs?"
                    + "|hosting|SaaS|IaaS|PaaS|domain\\s+names?|DNS|IP\\s+address\\p{L}*|encrypt\\p{L}*|electronic\\p{L}*"
                    + "|protocols?|HTTPS?|web\\s*services?|certificates?\\s+authorit\\p{L}*|TLS|e-?government"
                    // nl
                    + "|digita\\p{L}*|netwerk\\p{L}*|informatiesyste\\p{L}*|informatievoorziening|programmatuur|applicaties?"
                    + "|gegevensverwerking|persoonsgegevens|webapplicatie\\p{L}*|elektronisch\\p{L}*"
                    + "|berichtuitwisseling|berichtenverkeer|digikoppeling|koppelvlak\\p{L}*|versleuteling|internetstandaard\\p{L}*"
                    // de
                    + "|digitalisierung|netzwerk\\p{L}*|informationstechnik|informationstechnologie|rechenzentr\\p{L}*|daten\\p{L}*"
                    + "|elektronische\\p{L}*|IT-\\p{L}+"
                    // fr
                    + "|numériques?|informatiques?|logiciels?|réseaux?|en\\s+ligne|site\\s+(?:web|internet)|courriels?|données"
                    + "|systèmes?\\s+d['’]information|électroniques?"
                    // es
                    + "|informátic\\p{L}*|digitales?|en\\s+línea|sitios?\\s+web|correo\\s+electrónico|datos|redes"
                    + "|sistemas?\\s+de\\s+información|tecnologías?\\s+de\\s+la\\s+información|electrónic\\p{L}*"
                    // et
                    + "|infosüsteem\\p{L}*|andmekogu\\p{L}*|küber\\p{L}*"
                    + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    /** Lower-case fragments of which every {@link #KEYWORDS} alternative contains one (see {@link Stems}). */
    private static final String[] STEMS = {"internet", "intranet", "online", "software", "cloud", "web", "mail",
        "network", "digita", "data", "gegevens", "comput", "server", "information", "telecom", "broadband", "cyber",
        "app", "api", "host", "aas", "domain", "dns", "address", "encrypt", "electronic", "protocol", "http",
        "authorit", "tls", "government", "netwerk", "informatie", "programmatuur", "applica", "elektronisch",
        "bericht", "digikoppeling", "koppelvlak", "versleuteling", "netzwerk", "informationstech", "rechenzentr",
        "daten", "it-", "numériq", "informati", "logiciel", "réseau", "ligne", "site", "courriel", "données",
        "électroni", "informátic", "línea", "sitio", "electrónic", "datos", "redes", "información", "infosüsteem",
        "andmekogu", "küber"};
    private static final String[] ACRONYM_STEMS = {"IT", "ICT", "TIC", "IKT"};

    private static final PrefilteredPattern ACRONYMS = new PrefilteredPattern(Pattern.compile(
            PrefilteredPattern.NOT_AFTER_LETTER + "(?:ICT|IT|TIC|ICT-\\p{L}+|IKT)(?![\\p{L}])"));

    public boolean isDigital(String clauseText) {
        if (clauseText == null || clauseText.isBlank()) {
            return false;
        }
        return Stems.anyIn(clauseText, STEMS) && KEYWORDS.find(clauseText)
                || Stems.anyCaseSensitive(clauseText, ACRONYM_STEMS) && ACRONYMS.find(clauseText);
    }

    /** The patterns, for tests: keywords, acronyms. */
    static java.util.List<PrefilteredPattern> patterns() {
        return java.util.List.of(KEYWORDS, ACRONYMS);
    }
}
