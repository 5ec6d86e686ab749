package dev.baton.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates read without the formatter are the formatter's dates; what it refuses is still refused, with its message. */
class FeatureValuesDateTest {

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-28", "2024-02-29", "0001-01-01", "1999-12-31", "+12026-11-28" })
	void readsWhatTheFormatterReads(String text) {
		assertEquals(LocalDate.parse(text), FeatureValues.date(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-05", "2026/11/28",
			"20x6-11-28", "2026-11-28T10:00", "" })
	void refusesWhatTheFormatterRefuses(String text) {
		DateTimeParseException expected = assertThrows(DateTimeParseException.class, () -> LocalDate.parse(text));
		DateTimeParseException thrown = assertThrows(DateTimeParseException.class, () -> FeatureValues.date(text));
		assertEquals(expected.getMessage(), thrown.getMessage());
	}
}
