package io.newswire.enrich.places;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link Gazetteer} from the JDK's locale data (every ISO 3166 country named in each supported language)
 * and the curated tables beside this class: aliases, weak names, cues and blocks ({@code aliases.tsv}), attached words
 * ({@code affixes.tsv}) and case endings ({@code inflections.tsv}).
 */
final class GazetteerBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerBuilder.class);

    /** The languages whose names the JDK gives and whose texts get their own index. */
    static final List<String> LANGUAGES = List.of(
            "ar", "bg", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hu", "id", "it", "ja",
            "ko", "nb", "nl", "pl", "pt", "ro", "ru", "sv", "tr", "uk", "ur", "zh");
    private static final String ENGLISH = "en";
    private static final String UNIVERSAL = "*";
    private static final int OWN = 0;
    private static final int UNIVERSAL_ALIAS = 1;
    private static final int ENGLISH_FALLBACK = 2;
    /** "Myanmar (Burma)", "刚果（金）": the parenthesis is a gloss, not a name news writes. */
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*[(（][^)）]*[)）]");
    private static final Pattern BEFORE_COMMA = Pattern.compile("\\s*[,،，].*");

    private final List<String> languages;
    private final List<Alias> aliases;
    private final WordForms wordForms;
    private final MessageDigest digest;
    /** English names land in every language's index: their word forms are generated once. */
    private final Map<NameSpec, PlaceName> placeNames = new HashMap<>();

    /** One row of aliases.tsv: a name, with its country, kind and languages. */
    private record Alias(String countryCode, Set<String> languages, NameKind kind, String name) {
        boolean isFor(String language) {
            return languages.contains(language);
        }

        boolean isUniversal() {
            return languages.contains(UNIVERSAL);
        }
    }

    private GazetteerBuilder(List<String> languages, GazetteerResource aliasTable, GazetteerResource affixes,
                             GazetteerResource inflections) {
        this.languages = List.copyOf(languages);
        this.aliases = parseAliases(aliasTable);
        this.wordForms = WordForms.of(affixes, inflections);
        this.digest = sha256();
        for (GazetteerResource resource : List.of(aliasTable, affixes, inflections)) {
            digest.update(resource.content().getBytes(StandardCharsets.UTF_8));
        }
    }

    static Gazetteer build() {
        return build(LANGUAGES);
    }

    static Gazetteer build(List<String> languages) {
        long started = System.nanoTime();
        GazetteerBuilder builder = new GazetteerBuilder(languages, GazetteerResource.load("aliases.tsv"),
                GazetteerResource.load("affixes.tsv"), GazetteerResource.load("inflections.tsv"));
        Gazetteer gazetteer = builder.assemble();
        LOG.info("Gazetteer {} built for {} languages in {} ms", gazetteer.version(), languages.size(),
                (System.nanoTime() - started) / 1_000_000);
        return gazetteer;
    }

    private Gazetteer assemble() {
        Map<String, List<NameSpec>> own = new TreeMap<>();
        for (String language : languages) {
            own.put(language, ownNames(language));
        }
        List<NameSpec> universal = aliases.stream().filter(Alias::isUniversal)
                .map(alias -> NameSpec.of(alias.countryCode(), alias.kind(), UNIVERSAL, alias.name()))
                .filter(Objects::nonNull)
                .toList();

        Map<String, NameIndex> indexes = new HashMap<>();
        for (String language : languages) {
            List<NameSpec> candidates = new ArrayList<>(withPriority(own.get(language), OWN));
            candidates.addAll(withPriority(universal, UNIVERSAL_ALIAS));
            if (!language.equals(ENGLISH) && own.containsKey(ENGLISH)) {
                candidates.addAll(withPriority(own.get(ENGLISH), ENGLISH_FALLBACK));
            }
            indexes.put(language, index(language, resolve(language, candidates)));
        }

        // Text of unknown language: every language's names, all equal, so a name two languages give to different
        // countries is left out.
        List<NameSpec> everything = new ArrayList<>(universal);
        own.values().forEach(everything::addAll);
        NameIndex undetermined = index(Gazetteer.UNDETERMINED, resolve(Gazetteer.UNDETERMINED, everything));

        Map<String, String> englishNames = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            englishNames.put(code, Locale.of("", code).getDisplayCountry(Locale.ENGLISH));
        }
        String version = "gazetteer-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new Gazetteer(indexes, undetermined, englishNames, version);
    }

    /** The JDK's names of every country in this language, with its aliases; names declared weak turn weak. */
    private List<NameSpec> ownNames(String language) {
        Set<String> weak = new HashSet<>();
        List<NameSpec> specs = new ArrayList<>();
        for (Alias alias : aliases) {
            if (alias.isFor(language)) {
                NameSpec spec = NameSpec.of(alias.countryCode(), alias.kind(), language, alias.name());
                if (spec == null) {
                    throw new IllegalArgumentException("Alias without letters: " + alias);
                }
                specs.add(spec);
                if (alias.kind() == NameKind.WEAK) {
                    weak.add(alias.countryCode() + spec.signature());
                }
            }
        }
        for (Locale locale : localesOf(language)) {
            for (String code : Locale.getISOCountries()) {
                String display = Locale.of("", code).getDisplayCountry(locale);
                for (String variant : variants(display, language)) {
                    NameSpec spec = NameSpec.of(code, NameKind.NAME, language, variant);
                    if (spec != null) {
                        specs.add(weak.contains(code + spec.signature()) ? spec.withKind(NameKind.WEAK) : spec);
                    }
                }
            }
        }
        return specs;
    }

    /** Chinese is written in simplified and in traditional characters. */
    private static List<Locale> localesOf(String language) {
        return language.equals("zh")
                ? List.of(Locale.forLanguageTag("zh-Hans"), Locale.forLanguageTag("zh-Hant"))
                : List.of(Locale.forLanguageTag(language));
    }

    /** The JDK's name without its gloss, before its comma, and in English with "and" and "Saint" spelled out. */
    private static Set<String> variants(String display, String language) {
        Set<String> variants = new LinkedHashSet<>();
        String name = PARENTHESIS.matcher(display).replaceAll("").trim();
        variants.add(name);
        variants.add(BEFORE_COMMA.matcher(name).replaceFirst("").trim());
        if (language.equals(ENGLISH)) {
            for (String variant : List.copyOf(variants)) {
                String spelled = variant.replace(" & ", " and ");
                variants.add(spelled);
                if (spelled.startsWith("St. ")) {
                    variants.add("Saint " + spelled.substring(4));
                }
            }
        }
        variants.removeIf(String::isBlank);
        return variants;
    }

    private static List<NameSpec> withPriority(List<NameSpec> specs, int priority) {
        return specs.stream().map(spec -> spec.withPriority(priority)).toList();
    }

    /**
     * Keeps one spec per signature. Among names that count, the best-priority source decides the country; when it
     * gives the same name to two countries, the name is ambiguous and dropped. A name declared weak stays weak.
     */
    private List<NameSpec> resolve(String language, Collection<NameSpec> candidates) {
        Map<String, List<NameSpec>> bySignature = new LinkedHashMap<>();
        List<NameSpec> kept = new ArrayList<>();
        Set<String> seenOthers = new HashSet<>();
        for (NameSpec spec : candidates) {
            if (spec.kind().counts()) {
                bySignature.computeIfAbsent(spec.signature(), s -> new ArrayList<>()).add(spec);
            } else if (seenOthers.add(spec.kind() + "|" + spec.countryCode() + "|" + spec.signature())) {
                kept.add(spec);
            }
        }
        int ambiguous = 0;
        for (List<NameSpec> group : bySignature.values()) {
            int best = group.stream().mapToInt(NameSpec::priority).min().orElseThrow();
            List<NameSpec> top = group.stream().filter(spec -> spec.priority() == best).toList();
            if (top.stream().map(NameSpec::countryCode).distinct().count() > 1) {
                ambiguous++;
                LOG.debug("[{}] ambiguous name dropped: {} {}", language, top.get(0).signature(),
                        top.stream().map(NameSpec::countryCode).distinct().toList());
                continue;
            }
            // Languages that share a name ("Турция" is Bulgarian and Russian) each bring their word forms.
            Set<String> formLanguages = new HashSet<>();
            top.forEach(spec -> formLanguages.addAll(spec.languages()));
            NameSpec chosen = top.stream().filter(spec -> spec.kind() == NameKind.WEAK).findFirst().orElse(top.get(0));
            kept.add(chosen.withLanguages(formLanguages));
        }
        LOG.debug("[{}] {} names, {} ambiguous dropped", language, kept.size(), ambiguous);
        kept.stream().map(spec -> language + "|" + spec.countryCode() + "|" + spec.kind() + "|" + spec.signature())
                .sorted()
                .forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
        return kept;
    }

    private NameIndex index(String language, List<NameSpec> specs) {
        List<PlaceName> names = new ArrayList<>(specs.size());
        for (NameSpec spec : specs) {
            Set<String> formLanguages = new HashSet<>(spec.languages());
            if (formLanguages.remove(UNIVERSAL)) {
                formLanguages.add(language);
            }
            NameSpec key = spec.withLanguages(formLanguages).withPriority(0);
            names.add(placeNames.computeIfAbsent(key, k -> k.toPlaceName(wordForms)));
        }
        return new NameIndex(names);
    }

    private static List<Alias> parseAliases(GazetteerResource table) {
        List<Alias> aliases = new ArrayList<>();
        for (String[] row : table.rows()) {
            if (row.length != 4) {
                throw new IllegalArgumentException("aliases.tsv: expected 4 columns in " + String.join("\t", row));
            }
            String code = row[0].trim().equals("-") ? null : row[0].trim();
            Set<String> languages = Set.copyOf(Arrays.asList(row[1].trim().split(" *, *")));
            NameKind kind = NameKind.parse(row[2]);
            if ((code == null) != (kind == NameKind.BLOCK)) {
                throw new IllegalArgumentException("aliases.tsv: blocks, and only blocks, have no country: "
                        + String.join("\t", row));
            }
            for (String name : row[3].split("\\|")) {
                if (!name.isBlank()) {
                    aliases.add(new Alias(code, languages, kind, name.trim()));
                }
            }
        }
        return List.copyOf(aliases);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
