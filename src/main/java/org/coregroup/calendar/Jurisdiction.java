package org.coregroup.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The UK jurisdictions with their own bank holidays; a case counts working days in one of them. */
public enum Jurisdiction {
    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    /** England and Wales unless a case says otherwise ("Counting days"). */
    public static final Jurisdiction DEFAULT = ENGLAND_AND_WALES;

    private final String code;

    Jurisdiction(String code) {
        this.code = code;
    }

    /** The code used in the holiday data file, the closure day table, BPMN expressions and forms. */
    public String code() {
        return code;
    }

    /**
     * The jurisdiction with this code, ignoring case; null or blank means {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException naming the value and listing the valid codes
     */
    public static Jurisdiction fromCode(String code) {
        if (code == null || code.isBlank()) {
            return DEFAULT;
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (Jurisdiction jurisdiction : values()) {
            if (jurisdiction.code.equals(wanted)) {
                return jurisdiction;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a jurisdiction (valid: "
                + Arrays.stream(values()).map(Jurisdiction::code).collect(Collectors.joining(", ")) + ")");
    }
}
