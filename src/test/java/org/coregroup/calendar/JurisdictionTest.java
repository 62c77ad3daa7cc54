package org.coregroup.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "england-and-wales, ENGLAND_AND_WALES",
            "scotland, SCOTLAND",
            "northern-ireland, NORTHERN_IRELAND",
            "Scotland, SCOTLAND",
            "NORTHERN-IRELAND, NORTHERN_IRELAND",
            "' england-and-wales ', ENGLAND_AND_WALES"})
    @DisplayName("Counting days: \"the bank holidays of the case's jurisdiction ... Scotland and Northern Ireland selectable\" - codes ignore case")
    void readsCodes(String code, Jurisdiction expected) {
        assertThat(Jurisdiction.fromCode(code)).isEqualTo(expected);
        assertThat(Jurisdiction.fromCode(expected.code())).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    @DisplayName("Counting days: \"England and Wales by default\" - no code means England and Wales")
    void defaultsToEnglandAndWales(String code) {
        assertThat(Jurisdiction.fromCode(code)).isEqualTo(Jurisdiction.ENGLAND_AND_WALES);
        assertThat(Jurisdiction.DEFAULT).isEqualTo(Jurisdiction.ENGLAND_AND_WALES);
    }

    @Test
    @DisplayName("Counting days: an unknown jurisdiction fails naming the value and the valid codes")
    void rejectsUnknownCode() {
        assertThatThrownBy(() -> Jurisdiction.fromCode("wales"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'wales' is not a jurisdiction (valid: england-and-wales, scotland, northern-ireland)");
    }
}
