package io.newswire.enrich.topics;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 17 top-level IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), with their English labels.
 * Written down here rather than loaded because they are a stable, published vocabulary that every consumer of the
 * enriched records relies on.
 */
public enum IptcMediaTopic {
    ARTS_CULTURE_ENTERTAINMENT_MEDIA("01000000", "arts, culture, entertainment and media"),
    CRIME_LAW_JUSTICE("02000000", "crime, law and justice"),
    DISASTER_ACCIDENT_EMERGENCY("03000000", "disaster, accident and emergency incident"),
    ECONOMY_BUSINESS_FINANCE("04000000", "economy, business and finance"),
    EDUCATION("05000000", "education"),
    ENVIRONMENT("06000000", "environment"),
    HEALTH("07000000", "health"),
    HUMAN_INTEREST("08000000", "human interest"),
    LABOUR("09000000", "labour"),
    LIFESTYLE_LEISURE("10000000", "lifestyle and leisure"),
    POLITICS("11000000", "politics"),
    RELIGION("12000000", "religion"),
    SCIENCE_TECHNOLOGY("13000000", "science and technology"),
    SOCIETY("14000000", "society"),
    SPORT("15000000", "sport"),
    CONFLICT_WAR_PEACE("16000000", "conflict, war and peace"),
    WEATHER("17000000", "weather");

    private static final String SCHEME = "medtop:";
    private static final Map<String, IptcMediaTopic> BY_NUMBER = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(t -> t.number, Function.identity()));

    private final String number;
    private final String label;

    IptcMediaTopic(String number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The qualified code, for example "medtop:11000000". */
    public String code() {
        return SCHEME + number;
    }

    /** The eight digits without the scheme, for example "11000000". */
    public String number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** Accepts "11000000" or "medtop:11000000". */
    public static Optional<IptcMediaTopic> fromCode(String code) {
        String number = code.startsWith(SCHEME) ? code.substring(SCHEME.length()) : code;
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    public static IptcMediaTopic of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Not a top-level IPTC Media Topic: " + code));
    }
}
