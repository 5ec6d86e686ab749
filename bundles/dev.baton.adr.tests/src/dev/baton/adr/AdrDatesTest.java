package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AdrDatesTest {

	@Test
	void formatsSeenInTheWild() {
		assertEquals(LocalDate.of(2017, 11, 24), AdrDates.parse("2017-11-24").date());
		assertEquals(LocalDate.of(2017, 11, 24), AdrDates.parse("2017/11/24").date());
		assertEquals("yyyy/MM/dd", AdrDates.parse("2017/11/24").pattern());
		assertEquals(LocalDate.of(2019, 6, 19), AdrDates.parse("June 19, 2019").date());
		assertEquals(LocalDate.of(2019, 6, 19), AdrDates.parse("19 June 2019").date());
		assertEquals(LocalDate.of(2019, 6, 19), AdrDates.parse("*2019-06-19*").date());
		assertEquals(LocalDate.of(2017, 11, 22), AdrDates.parse("2017年11月22日").date());
		assertEquals(LocalDate.of(2017, 11, 24), AdrDates.parse("24/11/2017").date());
		assertNull(AdrDates.parse("24/11/2017").ambiguous());
		assertEquals(LocalDate.of(2017, 11, 24), AdrDates.parse("11/24/2017").date());
		assertNull(AdrDates.parse("YYYY-MM-DD").date());
		assertNull(AdrDates.parse("2017-13-40").date());
	}

	@Test
	void dayMonthOrderIsFlaggedWhenBothFit() {
		AdrDates.Parsed parsed = AdrDates.parse("03/04/2020");
		assertEquals(LocalDate.of(2020, 4, 3), parsed.date());
		assertTrue(parsed.ambiguous().contains("day/month or month/day"), parsed.ambiguous());
	}

	@Test
	void datesInNames() {
		assertEquals(LocalDate.of(2020, 9, 26), AdrDates.fromName("20200926-use-x"));
		assertEquals(LocalDate.of(2023, 3, 2), AdrDates.fromName("2023-03-02_entity_store"));
		assertNull(AdrDates.fromName("0001-record"));
	}

	@Test
	void aChangedDateIsWrittenTheWayTheFileWroteIt() {
		assertEquals("2021/02/03", AdrDates.format(LocalDate.of(2021, 2, 3), "yyyy/MM/dd"));
		assertEquals("February 3, 2021", AdrDates.format(LocalDate.of(2021, 2, 3), "MMMM d, yyyy"));
	}
}
