package dev.baton.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadOptions;
import dev.baton.validation.ReadinessReport.Finding;
import dev.baton.validation.rules.BuiltInRules;

/**
 * The bundled example (examples/larkspur-platform) validates with exactly the problems its README describes, judged as
 * of 2026-11-28 with its own settings.
 */
class ExampleReadinessTest {

	private ArchitectureFolder folder;

	@BeforeEach
	void load() {
		folder = ArchitectureFolder.load(Fixtures.repository().resolve("examples/larkspur-platform"),
				LoadOptions.defaults());
	}

	private ReadinessReport assess(LocalDate asOf) {
		Map<String, String> options = new LinkedHashMap<>(folder.settings());
		return Readiness.assess(LoadedArchitecture.of(folder.architecture(), folder.root(), folder::locationOf),
				BuiltInRules.contributions(), new RunContext(asOf, null, options));
	}

	private static List<String> found(ReadinessReport report) {
		return report.findings().stream().map(f -> f.rule() + " " + f.subject()).sorted().toList();
	}

	@Test
	void theExampleHasExactlyTheProblemsItsReadmeDescribes() {
		ReadinessReport report = assess(LocalDate.of(2026, 11, 28));
		assertEquals(List.of(
				"access-holder-rotation routefinder-api-key",
				"component-owner depot-scanner-gateway",
				"component-owner reporting-warehouse",
				"contract-renewal routefinder-contract",
				"proposed-too-long 0025-move-reporting-to-a-managed-warehouse",
				"review-overdue 0006-build-the-courier-app-with-react-native",
				"review-overdue billing-knowledge-in-one-head",
				"review-overdue customer-api-gateway",
				"review-overdue depot-scanner-gateway",
				"review-overdue reporting-warehouse",
				"review-overdue restore-billing-database",
				"technology-end-of-life go-1-22",
				"technology-end-of-life kubernetes-eks",
				"technology-end-of-life node-18",
				"technology-end-of-life postgresql-13",
				"technology-end-of-life react-native",
				"technology-end-of-life spring-boot-4-0",
				"unresolved-reference reporting-warehouse"), found(report));
		Finding unknownOwner =
				report.findings().stream().filter(f -> f.rule().equals("unresolved-reference")).findFirst()
						.orElseThrow();
		assertEquals("components/reporting-warehouse.md", unknownOwner.path());
		assertEquals(3, unknownOwner.line(), "the line of 'owner:'");
		assertEquals("component 'reporting-warehouse' refers to 'team-data-platform' in 'owner', which does not exist: "
				+ "fix the id, or add the record it means", unknownOwner.message());
		Finding proposed = report.findings().stream().filter(f -> f.rule().equals("proposed-too-long")).findFirst()
				.orElseThrow();
		assertEquals("decision '0025-move-reporting-to-a-managed-warehouse' has been proposed for 110 days (since "
				+ "2026-08-10; at most 30, setting proposed-max-days): accept or reject it, or say in the record what "
				+ "it "
				+ "waits for", proposed.message());
		assertEquals(2, proposed.line(), "the line of 'status:'");
		Finding renewal = report.findings().stream().filter(f -> f.rule().equals("contract-renewal")).findFirst()
				.orElseThrow();
		assertEquals("contract 'routefinder-contract' (Routefinder Ltd) renews on 2027-01-31, in 64 days, "
				+ "automatically; notice is due by 2026-12-02: decide whether to renew, and who gives notice or signs",
				renewal.message());
		assertTrue(report.findings().stream().allMatch(f -> f.severityName().equals("warning")), "no error, no info");
	}

	@Test
	void everySectionHasContentAndTheScoresSayWhatLostPoints() {
		ReadinessReport report = assess(LocalDate.of(2026, 11, 28));
		assertTrue(report.sections().stream().allMatch(s -> s.number() == 0 || s.records() > 0));
		ReadinessReport.SectionScore overview = report.sections().get(3);
		assertEquals("Architecture overview", overview.title());
		// interface-described 12/12, interface-specification 2/2, technology-end-of-life 5/11
		assertEquals(Math.round(100 * (1 + 1 + 5 / 11.0) / 3), overview.score());
		assertEquals(List.of("technology-end-of-life: 6 of 11 failed (-18.2)"), overview.lost());
		ReadinessReport.SectionScore inventory = report.sections().get(2);
		assertEquals(List.of("component-owner: 2 of 16 failed (-12.5)"), inventory.lost());
		assertEquals(88, inventory.score());
	}

	@Test
	void aLaterAsOfDateFindsWhatHasComeDue() {
		List<String> later = found(assess(LocalDate.of(2026, 12, 3)));
		assertTrue(later.contains("contract-renewal aws-enterprise"), "88 days before its renewal: " + later);
		List<String> earlier = found(assess(LocalDate.of(2026, 8, 1)));
		assertTrue(!earlier.contains("proposed-too-long 0025-move-reporting-to-a-managed-warehouse"),
				earlier.toString());
		assertTrue(!earlier.contains("technology-end-of-life kubernetes-eks"), "more than 180 days before: " + earlier);
		assertTrue(earlier.contains("technology-end-of-life spring-boot-4-0"), earlier.toString());
	}
}
