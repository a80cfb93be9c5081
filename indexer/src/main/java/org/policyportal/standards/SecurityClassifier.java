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

    private static final Pattern EXCLUDE = Pattern.compile(
            "social[\\s-]+security|security[\\s-]+(?:deposit|bond|interest|guarantee|clearance|guard|officer|holder)s?"
                    + "|(?:bid|tender|performance|payment|financial|food|job|national|homeland|border|physical)[\\s-]+security"
                    + "|securities|health(?:\\s+and|\\s*&)\\s+safety"
                    + "|sicherheitsleistung\\p{L}*|arbeitssicherheit|rechtssicherheit|versorgungssicherheit|planungssicherheit"
                    + "|verkehrssicherheit|sicherheitsleistungen|sozialversicherung"
                    + "|sociale\\s+zekerheid|sécurité\\s+sociale|sécurité\\s+incendie|(?:santé|hygiène)\\s+et\\s+(?:de\\s+(?:la\\s+)?)?sécurité"
                    + "|sécurité\\s+(?:et\\s+(?:de\\s+la\\s+)?)?(?:santé|hygiène)"
                    + "|seguridad\\s+social|seguridad\\s+y\\s+salud|seguridad\\s+e\\s+higiene|seguridad\\s+vial"
                    + "|incidental\\p{L}*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern KEYWORDS = Pattern.compile(
            "(?<![\\p{L}])(?:"
                    // en
                    + "\\p{L}*security|cyber\\p{L}*|infosec|encrypt\\p{L}*|decrypt\\p{L}*|cryptograph\\p{L}*|vulnerab\\p{L}*"
                    + "|incidents?|authenticat\\p{L}*|malware|ransomware|phishing|firewalls?|intrusion|penetration\\s+test\\p{L}*"
                    + "|pentest\\p{L}*|access\\s+controls?|least\\s+privilege|multi-?factor|two-factor|MFA|2FA|confidentiality"
                    + "|(?:data|security)\\s+breach\\p{L}*|threats?|zero\\s+trust|safeguarding|cyber-?attacks?"
                    + "|backdoors?|exploit\\p{L}*|hardening|security\\s+patch\\p{L}*"
                    // nl
                    + "|\\p{L}*beveilig\\p{L}*|kwetsba\\p{L}*|versleutel\\p{L}*|encryptie|authenticatie|datalek\\p{L}*|inbreuk\\p{L}*"
                    + "|informatieveiligheid|dreiging\\p{L}*"
                    // de
                    + "|\\p{L}*sicherheit\\p{L}*|verschlüssel\\p{L}*|schwachstelle\\p{L}*|authentifizierung|authentisierung"
                    + "|angriff\\p{L}*|schadsoftware"
                    // fr
                    + "|\\p{L}*sécurité|sécuris\\p{L}*|cybersécurité|chiffr\\p{L}*|vulnérabilit\\p{L}*|authentification|intrusion"
                    + "|logiciels?\\s+malveillants?"
                    // es
                    + "|seguridad|ciberseguridad|cifrad\\p{L}*|vulnerabilidad\\p{L}*|autenticación|incidentes?|ciberataques?"
                    // et, it
                    + "|infoturbe\\p{L}*|küberturva\\p{L}*|sicurezza"
                    + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Lower-case fragments of which every {@link #KEYWORDS} alternative contains at least one. Most clauses contain
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
        if (!Stems.anyIn(text, STEMS)) {
            return false;
        }
        CharSequence t = text;
        Matcher ex = EXCLUDE.matcher(text);
        StringBuilder masked = null;
        while (ex.find()) {
            if (masked == null) {
                masked = new StringBuilder(text);
            }
            for (int i = ex.start(); i < ex.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        if (masked != null) {
            t = masked;
        }
        Matcher m = KEYWORDS.matcher(t);
        while (m.find()) {
            String w = m.group();
            // "MFA"/"2FA" only upper-case; everything else is case-insensitive
            if ((w.equalsIgnoreCase("mfa")) && !w.equals("MFA")) {
                continue;
            }
            return true;
        }
        return false;
    }
}
