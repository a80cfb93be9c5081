package org.policyportal.standards;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keyword-based test whether a clause is a (cyber/information) security provision.
 *
 * <p>Languages: English, Dutch, German, French and Spanish (plus a few Estonian/Italian stems). A clause is a
 * security provision when it contains a security keyword that is not part of a known non-IT phrase
 * ("social security", "bid security", "Sicherheitsleistung", "seguridad social", "santé et sécurité", ...),
 * or when it names a standard that is itself security-related (anything except IPv6, quality/service
 * management and pure procurement instruments). Stateless and thread-safe.
 */
public final class SecurityClassifier {

    /** Non-IT phrases with a security word; masked before the keywords are searched. */
    private static final PrefilteredPattern EXCLUDE = new PrefilteredPattern(Pattern.compile(
            "social[\\s-]+security|security[\\s-]+(?:deposit|bond|interest|guarantee|clearance|guard|officer|holder)s?"
                    + "|(?:bid|tender|performance|payment|financial|food|job|national|homeland|border|physical)[\\s-]+security"
                    + "|securities|health(?:\\s+and|\\s*&)\\s+safety"
                    + "|sicherheitsleistung\\p{L}*|arbeitssicherheit|rechtssicherheit|versorgungssicherheit|planungssicherheit"
                    + "|verkehrssicherheit|sicherheitsleistungen|sozialversicherung"
                    + "|sociale\\s+zekerheid|sécurité\\s+sociale|sécurité\\s+incendie|(?:santé|hygiène)\\s+et\\s+(?:de\\s+(?:la\\s+)?)?sécurité"
                    + "|sécurité\\s+(?:et\\s+(?:de\\s+la\\s+)?)?(?:santé|hygiène)"
                    + "|seguridad\\s+social|seguridad\\s+y\\s+salud|seguridad\\s+e\\s+higiene|seguridad\\s+vial"
                    + "|incidental\\p{L}*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    /** Fragments of which every {@link #EXCLUDE} alternative contains one: without them there is nothing to mask. */
    private static final String[] EXCLUDE_STEMS = {"securit", "sécurité", "health", "sicherheit", "versicherung",
        "zekerheid", "seguridad", "incidental"};

    /**
     * The keywords that may end a longer word ({@code cybersecurity}, {@code Informationssicherheit}): a whole word
     * that ends in or contains one of these stems. Kept apart from {@link #KEYWORDS} because their leading
     * {@code \\p{L}*} lets them start at any word, so no start table can skip anything for them; they only run when
     * the text contains one of {@link #WORD_STEMS}.
     */
    private static final PrefilteredPattern WORD_KEYWORDS = new PrefilteredPattern(Pattern.compile(
            PrefilteredPattern.NOT_AFTER_LETTER + "(?:"
                    + "\\p{L}*security|\\p{L}*beveilig\\p{L}*|\\p{L}*sicherheit\\p{L}*|\\p{L}*sécurité"
                    + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    private static final String[] WORD_STEMS = {"security", "beveilig", "sicherheit", "sécurité"};

    /**
     * Every other keyword. A clause is a security provision when this or {@link #WORD_KEYWORDS} matches (after the
     * {@link #EXCLUDE} phrases are masked): together they are the one alternation this classifier always had.
     */
    private static final PrefilteredPattern KEYWORDS = new PrefilteredPattern(Pattern.compile(
            PrefilteredPattern.NOT_AFTER_LETTER + "(?:"
                    // en
                    + "cyber\\p{L}*|infosec|encrypt\\p{L}*|decrypt\\p{L}*|cryptograph\\p{L}*|vulnerab\\p{L}*"
                    + "|incidents?|authenticat\\p{L}*|malware|ransomware|phishing|firewalls?|intrusion|penetration\\s+test\\p{L}*"
                    + "|pentest\\p{L}*|access\\s+controls?|least\\s+privilege|multi-?factor|two-factor|MFA|2FA|confidentiality"
                    + "|(?:data|security)\\s+breach\\p{L}*|threats?|zero\\s+trust|safeguarding|cyber-?attacks?"
                    + "|backdoors?|exploit\\p{L}*|hardening|security\\s+patch\\p{L}*"
                    // nl
                    + "|kwetsba\\p{L}*|versleutel\\p{L}*|encryptie|authenticatie|datalek\\p{L}*|inbreuk\\p{L}*"
                    + "|informatieveiligheid|dreiging\\p{L}*"
                    // de
                    + "|verschlüssel\\p{L}*|schwachstelle\\p{L}*|authentifizierung|authentisierung"
                    + "|angriff\\p{L}*|schadsoftware"
                    // fr
                    + "|sécuris\\p{L}*|cybersécurité|chiffr\\p{L}*|vulnérabilit\\p{L}*|authentification|intrusion"
                    + "|logiciels?\\s+malveillants?"
                    // es
                    + "|seguridad|ciberseguridad|cifrad\\p{L}*|vulnerabilidad\\p{L}*|autenticación|incidentes?|ciberataques?"
                    // et, it
                    + "|infoturbe\\p{L}*|küberturva\\p{L}*|sicurezza"
                    + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    /**
     * Lower-case fragments of which every {@link #KEYWORDS} and {@link #WORD_KEYWORDS} alternative contains at least
     * one. Most clauses contain
     * none, and a substring scan is far cheaper than running the case-insensitive alternation at every position.
     */
    private static final String[] STEMS = {"secur", "sécur", "cyber", "crypt", "vulnerab", "vulnérab", "incident",
        "authent", "malware", "ransomware", "phishing", "firewall", "intrusion", "penetration", "pentest", "access",
        "privilege", "factor", "mfa", "2fa", "confidential", "breach", "threat", "trust", "safeguard", "backdoor",
        "exploit", "harden", "beveilig", "kwetsba", "versleutel", "datalek", "inbreuk", "veiligheid", "dreiging",
        "sicherheit", "verschlüssel", "schwachstelle", "angriff", "schadsoftware", "chiffr", "malveillant",
        "seguridad", "cifrad", "autentica", "ciberataque", "infoturbe", "küberturva", "sicurezza", "infosec"};

    /** Standards whose mention alone does not make a clause a security provision. */
    private static final Set<String> NON_SECURITY_STANDARDS = Set.of(
            "iso-9001", "iso-20000", "iso-31000", "eu-pp-directive", "nl-ptolu", "ai-act", "omb-m-21-07",
            "omb-m-23-22", "ipv6-ready-logo", "usgv6", "ripe-554", "ce-marking", "gdpr");

    public boolean isSecurityProvision(String clauseText, List<Mention> mentions) {
        if (mentions != null) {
            for (Mention m : mentions) {
                if (isSecurityStandard(m)) {
                    return true;
                }
            }
        }
        return clauseText != null && hasKeyword(clauseText);
    }

    static boolean isSecurityStandard(Mention m) {
        return m.category() != Category.IPV6 && !NON_SECURITY_STANDARDS.contains(m.standardId());
    }

    static boolean hasKeyword(String text) {
        String lower = Stems.lower(text);
        return Stems.anyCaseSensitive(lower, STEMS) && keywordOutsideExclusions(text, lower);
    }

    /**
     * A keyword that is not part of an excluded phrase: {@link #EXCLUDE} matches are masked, then {@link #KEYWORDS}
     * and {@link #WORD_KEYWORDS} searched (the latter two as one alternation would be; at any position at most one
     * of them can match, so their order does not matter).
     *
     * @param lower {@link Stems#lower}{@code (text)}
     */
    static boolean keywordOutsideExclusions(String text, String lower) {
        CharSequence t = Stems.mayContain(text, lower, EXCLUDE_STEMS) ? masked(text) : text;
        if (Stems.mayContain(text, lower, WORD_STEMS) && WORD_KEYWORDS.find(t)) {
            return true;
        }
        Matcher m = null;
        int from = 0;
        while ((m = KEYWORDS.next(t, m, from)) != null) {
            String w = m.group();
            // "MFA"/"2FA" only upper-case; everything else is case-insensitive
            if (!w.equalsIgnoreCase("mfa") || w.equals("MFA")) {
                return true;
            }
            from = m.end();
        }
        return false;
    }

    /** The text with every {@link #EXCLUDE} phrase overwritten by spaces (the text itself when there is none). */
    private static CharSequence masked(String text) {
        StringBuilder masked = null;
        Matcher ex = null;
        int from = 0;
        while ((ex = EXCLUDE.next(text, ex, from)) != null) {
            if (masked == null) {
                masked = new StringBuilder(text);
            }
            for (int i = ex.start(); i < ex.end(); i++) {
                masked.setCharAt(i, ' ');
            }
            from = ex.end() == ex.start() ? ex.end() + 1 : ex.end();
        }
        return masked == null ? text : masked;
    }

    /** The patterns, for tests: excluded phrases, word keywords, other keywords. */
    static List<PrefilteredPattern> patterns() {
        return List.of(EXCLUDE, WORD_KEYWORDS, KEYWORDS);
    }
}
