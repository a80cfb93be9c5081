package org.policyportal.standards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds references to registry standards in clause text.
 *
 * <h2>How it works</h2>
 * <ol>
 *   <li>URLs and e-mail addresses are blanked (same length, so offsets stay valid): an {@code https://} link
 *       is never a mention of HTTPS. Unicode dashes are folded to '-' and no-break spaces to ' '.</li>
 *   <li>Prefilter: the text is split into lower-case tokens (runs of letters or runs of digits; a letter run
 *       ending in 'v' before a digit, like {@code TLSv}, also yields the run without the 'v'). Each standard has
 *       key tokens; only standards whose key occurs are tried. A clause without any key costs one pass.</li>
 *   <li>Each candidate standard has one precompiled regex (aliases + raw number patterns + optional version
 *       suffix), wrapped in letter/digit boundaries. Acronym aliases are case-sensitive, aliases with a
 *       lower-case word of four or more letters are case-insensitive. Ambiguous forms ({@code CSP},
 *       {@code SPF}, {@code ROA}, {@code ENS}, {@code ISM}, ...) have a second regex whose hits only count when
 *       the standard's context regex matches within {@value #CONTEXT_WINDOW} characters.</li>
 *   <li>Overlaps: a hit contained in a longer hit (of any standard) is dropped ({@code SSL/TLS} is TLS, not
 *       SSL; {@code DNS over TLS} is DoT, not TLS); overlapping hits of the same standard keep the longest.</li>
 *   <li>Strength comes from the sentence containing the hit, see {@link StrengthCues}. A negated requirement
 *       ("shall not use SSL") is still {@link Strength#REQUIRED}: the clause requires something about it.</li>
 *   <li>{@code deprecated} is true when the named version (or the whole algorithm) is deprecated according
 *       to the registry, regardless of whether the clause allows or forbids it.</li>
 * </ol>
 *
 * <p>Instances are immutable after construction and {@link #detect(String)} keeps all state on the stack,
 * so one detector can be shared by any number of threads.
 */
public final class StandardsDetector {

    /** Characters either side of an ambiguous hit in which its context must appear. */
    static final int CONTEXT_WINDOW = 200;

    private static final String LEFT = "(?<![\\p{L}\\p{N}_])";
    private static final String RIGHT = "(?![\\p{L}\\p{N}])";
    private static final String SP = "[\\s\\u00a0]";

    private static final String VERSION_NUM =
            "(?:[\\s\\u00a0-]*(?:[vV](?:ersion|ersie|ersión|\\.)?)?[\\s\\u00a0-]*(?<ver>\\d{1,2}(?:\\.\\d{1,3}){0,2}))?";
    private static final String VERSION_YEAR =
            "(?:" + SP + "*:" + SP + "?(?<ver>(?:19|20)\\d{2}))?";
    private static final String VERSION_REV =
            "(?:" + SP + "*,?" + SP + "*(?:Rev(?:ision)?\\.?|rev(?:ision)?\\.?|r|R)" + SP + "*(?<ver>\\d))?";


    private record Compiled(Standard standard, Pattern direct, Pattern contextual, Pattern context,
                            List<String> versionGroups, String versionStyle, boolean[] directFirst,
                            boolean[] contextualFirst) {
    }

    /**
     * ASCII characters that can start a match of {@code p}: a one-character input that fails without
     * {@link Matcher#hitEnd()} proves the character can never begin a match. Non-ASCII starts are always tried.
     */
    static boolean[] firstChars(Pattern p) {
        boolean[] ok = new boolean[128];
        if (p == null) {
            return ok;
        }
        for (char c = 0; c < 128; c++) {
            Matcher m = p.matcher(String.valueOf(c));
            ok[c] = m.lookingAt() || m.hitEnd();
        }
        return ok;
    }

    private record Hit(int std, int start, int end, String version) {
        int length() {
            return end - start;
        }
    }

    private final Compiled[] compiled;
    private final KeyIndex keyIndex;
    private final StrengthCues cues = StrengthCues.INSTANCE;

    public StandardsDetector(StandardsRegistry registry) {
        List<StandardsRegistry.Spec> specs = registry.specs();
        compiled = new Compiled[specs.size()];
        Map<String, Set<Integer>> keys = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            StandardsRegistry.Spec s = specs.get(i);
            List<String> groups = new ArrayList<>();
            String vs = s.versionStyle();
            Pattern direct = build(s.aliases(), s.patterns(), vs, s.caseSensitive(), groups, "d");
            Pattern ctxual = build(s.contextAliases(), s.contextPatterns(), vs, s.caseSensitive(), groups, "c");
            Pattern ctx = s.context() == null ? null : Pattern.compile(s.context(), Pattern.UNICODE_CASE);
            if (ctxual != null && ctx == null) {
                throw new IllegalArgumentException(s.standard().id() + ": context aliases without context");
            }
            compiled[i] = new Compiled(s.standard(), direct, ctxual, ctx, List.copyOf(groups), vs,
                    firstChars(direct), firstChars(ctxual));
            Set<String> k = new LinkedHashSet<>(s.keys());
            for (String a : s.aliases()) {
                k.add(keyOf(a));
            }
            for (String a : s.contextAliases()) {
                k.add(keyOf(a));
            }
            final int idx = i;
            for (String key : k) {
                if (!key.isEmpty()) {
                    keys.computeIfAbsent(key.toLowerCase(Locale.ROOT), x -> new LinkedHashSet<>()).add(idx);
                }
            }
        }
        Map<String, int[]> ki = new HashMap<>();
        keys.forEach((k, v) -> ki.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        keyIndex = new KeyIndex(ki);
    }

    /** Regex for one literal alias (exposed for registry tests). */
    static String aliasRegex(String alias, boolean forceCaseSensitive) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isWhitespace(c)) {
                sb.append("[\\s\\u00a0]+");
            } else if (c == '-' || (c >= '\u2010' && c <= '\u2015')) {
                sb.append("[\\s\\u00a0-]+");
            } else if (c == '/') {
                sb.append("\\s*/\\s*");
            } else if (c == '\'' || c == '\u2019') {
                sb.append("['\u2019]");
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else {
                sb.append('\\').append(c);
            }
        }
        boolean ci = !forceCaseSensitive && isLongName(alias);
        return ci ? "(?iu:" + sb + ")" : sb.toString();
    }

    /** A long name has a lower-case run of at least four letters; such aliases match case-insensitively. */
    static boolean isLongName(String alias) {
        int run = 0;
        for (int i = 0; i < alias.length(); i++) {
            if (Character.isLowerCase(alias.charAt(i))) {
                if (++run >= 4) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static Pattern build(List<String> aliases, List<String> patterns, String vs, boolean cs,
                                 List<String> groups, String prefix) {
        if (aliases.isEmpty() && patterns.isEmpty()) {
            return null;
        }
        // raw patterns first (they are the complete forms, e.g. with an embedded version), then aliases longest first
        List<String> alts = new ArrayList<>();
        int n = 0;
        for (String p : patterns) {
            String name = prefix + "v" + (n++);
            if (p.contains("(?<v>")) {
                groups.add(name);
                p = p.replace("(?<v>", "(?<" + name + ">");
            }
            alts.add(p);
        }
        aliases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(a -> alts.add(aliasRegex(a, cs)));
        String suffix = switch (vs == null ? "" : vs) {
            case "num" -> VERSION_NUM;
            case "year" -> VERSION_YEAR;
            case "rev" -> VERSION_REV;
            case "" -> "";
            default -> throw new IllegalArgumentException("Unknown versionStyle " + vs);
        };
        String regex = LEFT + "(?:" + String.join("|", alts) + ")" + suffix + RIGHT;
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Bad alias/pattern set: " + regex, e);
        }
    }

    /** The longest token of an alias (ties: the last one); used as prefilter key. */
    static String keyOf(String alias) {
        String best = "";
        for (String t : tokens(alias)) {
            if (t.length() >= best.length()) {
                best = t;
            }
        }
        return best;
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                int j = i;
                while (j < n && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                String t = s.substring(i, j).toLowerCase(Locale.ROOT);
                out.add(t);
                if (t.length() > 1 && t.endsWith("v") && j < n && Character.isDigit(s.charAt(j))) {
                    out.add(t.substring(0, t.length() - 1));
                }
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** URL, www. and e-mail spans are overwritten with blanks; hand-written scan (a regex here cost ~10us). */
    static void blankUrls(char[] b) {
        int n = b.length;
        for (int i = 0; i < n; i++) {
            char c = b[i];
            int from = -1;
            if (c == ':' && i + 2 < n && b[i + 1] == '/' && b[i + 2] == '/') {
                from = i;
                while (from > 0 && Character.isLetter(b[from - 1])) {
                    from--;
                }
            } else if ((c == 'w' || c == 'W') && i + 3 < n && (b[i + 1] | 0x20) == 'w' && (b[i + 2] | 0x20) == 'w'
                    && b[i + 3] == '.' && (i == 0 || !Character.isLetterOrDigit(b[i - 1]))) {
                from = i;
            } else if (c == '@' && i > 0 && i + 1 < n && isMailChar(b[i - 1]) && Character.isLetterOrDigit(b[i + 1])) {
                from = i;
                while (from > 0 && isMailChar(b[from - 1])) {
                    from--;
                }
                int to = i + 1;
                boolean dot = false;
                while (to < n && (Character.isLetterOrDigit(b[to]) || b[to] == '-' || b[to] == '.')) {
                    dot |= b[to] == '.' && to + 1 < n && Character.isLetterOrDigit(b[to + 1]);
                    to++;
                }
                if (!dot) {
                    continue;
                }
                for (int k = from; k < to; k++) {
                    b[k] = ' ';
                }
                i = to - 1;
                continue;
            }
            if (from < 0) {
                continue;
            }
            int to = i;
            while (to < n && !Character.isWhitespace(b[to]) && b[to] != '<' && b[to] != '>' && b[to] != '"'
                    && b[to] != ')' && b[to] != ']' && b[to] != '\'') {
                to++;
            }
            for (int k = from; k < to; k++) {
                b[k] = ' ';
            }
            i = to - 1;
        }
    }

    private static boolean isMailChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+';
    }

    /** Blanks URLs/e-mail addresses and folds dashes and no-break spaces; length is preserved. */
    static String normalise(String text) {
        char[] buf = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = c;
            if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
                r = '-';
            } else if (c == '\u00a0' || c == '\u202f' || c == '\u2007') {
                r = ' ';
            }
            if (r != c) {
                if (buf == null) {
                    buf = text.toCharArray();
                }
                buf[i] = r;
            }
        }
        if (text.indexOf("://") >= 0 || text.indexOf("www.") >= 0 || text.indexOf('@') >= 0) {
            if (buf == null) {
                buf = text.toCharArray();
            }
            blankUrls(buf);
        }
        return buf == null ? text : new String(buf);
    }

    /**
     * Detects standards in one clause.
     *
     * @param clauseText clause text; {@code null} or blank gives an empty list
     * @return mentions sorted by start offset; never two overlapping mentions of the same standard
     */
    public List<Mention> detect(String clauseText) {
        if (clauseText == null || clauseText.isEmpty()) {
            return List.of();
        }
        String text = normalise(clauseText);
        boolean[] candidate = new boolean[compiled.length];
        if (!keyIndex.mark(text, candidate)) {
            return List.of();
        }
        int[] starts = wordStarts(text);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < compiled.length; i++) {
            if (!candidate[i]) {
                continue;
            }
            Compiled c = compiled[i];
            if (c.direct() != null) {
                collect(i, c, c.direct(), c.directFirst(), text, starts, false, hits);
            }
            if (c.contextual() != null) {
                collect(i, c, c.contextual(), c.contextualFirst(), text, starts, true, hits);
            }
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Hit> kept = resolve(hits);
        List<Mention> out = new ArrayList<>(kept.size());
        StrengthCues.SentenceCache cache = new StrengthCues.SentenceCache();
        for (Hit h : kept) {
            Standard st = compiled[h.std()].standard();
            Strength strength = cues.strengthAt(text, h.start(), h.end(), cache);
            out.add(new Mention(st.id(), st.category(), h.version(), h.start(), h.end(),
                    clauseText.substring(h.start(), h.end()), strength, st.isDeprecated(h.version())));
        }
        return List.copyOf(out);
    }

    /**
     * Offsets where a word (run of letters/digits) begins. Every alias and pattern starts with a letter or
     * digit and is preceded by a non-word character, so matches can only begin here; trying {@code lookingAt}
     * at these offsets is several times cheaper than {@code find()} over every character.
     */
    static int[] wordStarts(String text) {
        int n = text.length();
        int[] out = new int[Math.min(n, 64)];
        int k = 0;
        boolean prevWord = false;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            boolean w = Character.isLetterOrDigit(ch);
            if (w && !prevWord && (i == 0 || text.charAt(i - 1) != '_')) {
                if (k == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[k++] = i;
            }
            prevWord = w || ch == '_';
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private void collect(int idx, Compiled c, Pattern p, boolean[] first, String text, int[] starts,
                         boolean needsContext, List<Hit> hits) {
        Matcher m = null;
        int n = text.length();
        int after = 0;
        for (int st : starts) {
            char ch = text.charAt(st);
            if (st < after || (ch < 128 && !first[ch])) {
                continue;
            }
            if (m == null) {
                m = PrefilteredPattern.wholeTextMatcher(p, text);
            }
            m.region(st, n);
            if (!m.lookingAt()) {
                continue;
            }
            after = m.end();
            if (needsContext) {
                int a = Math.max(0, m.start() - CONTEXT_WINDOW);
                int b = Math.min(text.length(), m.end() + CONTEXT_WINDOW);
                Matcher cm = c.context().matcher(text);
                cm.region(a, b);
                cm.useTransparentBounds(true);
                boolean found = false;
                while (cm.find()) {
                    // the ambiguous token itself never counts as its own context
                    if (cm.end() <= m.start() || cm.start() >= m.end()) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    continue;
                }
            }
            hits.add(new Hit(idx, m.start(), m.end(), version(c, m)));
        }
    }

    private static String version(Compiled c, Matcher m) {
        String raw = null;
        for (String g : c.versionGroups()) {
            try {
                raw = m.group(g);
            } catch (IllegalArgumentException e) {
                raw = null; // group belongs to the other (direct/contextual) pattern
            }
            if (raw != null) {
                break;
            }
        }
        if (raw == null && c.versionStyle() != null) {
            raw = m.group("ver");
            if (raw != null && "rev".equals(c.versionStyle())) {
                return "rev" + raw;
            }
        }
        if (raw == null) {
            return null;
        }
        List<String> known = c.standard().versions();
        if (!known.contains(raw) && known.contains(raw + ".0")) {
            return raw + ".0";
        }
        return raw;
    }

    /** Longest hits first; drop hits inside a kept hit, and same-standard overlaps. */
    private static List<Hit> resolve(List<Hit> hits) {
        if (hits.size() == 1) {
            return hits;
        }
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start)
                .thenComparingInt(Hit::std));
        List<Hit> kept = new ArrayList<>();
        outer:
        for (Hit h : sorted) {
            for (Hit k : kept) {
                boolean contained = h.start() >= k.start() && h.end() <= k.end();
                boolean overlaps = h.start() < k.end() && k.start() < h.end();
                if (contained || (overlaps && h.std() == k.std())) {
                    continue outer;
                }
            }
            kept.add(h);
        }
        kept.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::std));
        return kept;
    }
}
