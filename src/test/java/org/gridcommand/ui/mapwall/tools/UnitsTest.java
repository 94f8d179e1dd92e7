package org.gridcommand.ui.mapwall.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** An area reads as one figure in the unit that suits its size, in the console's language. */
class UnitsTest {
    private final Units chinese = units(Locale.SIMPLIFIED_CHINESE);
    private final Units english = units(Locale.ENGLISH);

    @Test
    void a_courtyard_is_in_square_metres_a_few_blocks_in_hectares_a_street_in_square_kilometres() {
        assertThat(chinese.area(3_200)).isEqualTo("3,200 平方米");
        assertThat(chinese.area(352_000)).isEqualTo("35.2 公顷");
        assertThat(chinese.area(1_250_000)).isEqualTo("1.25 平方公里");
        assertThat(english.area(3_200)).isEqualTo("3,200 m²");
        assertThat(english.area(352_000)).isEqualTo("35.2 ha");
        assertThat(english.area(1_250_000)).isEqualTo("1.25 km²");
    }

    @Test
    void lengths_read_in_metres_then_kilometres_in_each_language() {
        assertThat(chinese.length(850)).isEqualTo("850 米");
        assertThat(chinese.length(12_345)).isEqualTo("12.35 公里");
        assertThat(english.length(850)).isEqualTo("850 m");
        assertThat(english.length(12_345)).isEqualTo("12.35 km");
    }

    private static Units units(Locale locale) {
        return new Units(new Messages(locale).forFeature("org.gridcommand.ui.mapwall.tools.messages"));
    }
}
