package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.AccessItem;
import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;
import dev.baton.model.Contract;
import dev.baton.model.Decision;
import dev.baton.model.DecisionStatus;
import dev.baton.model.OnCallRotation;
import dev.baton.model.Record;
import dev.baton.model.Technology;

/** The bundled example (examples/larkspur-platform): the README's demo, read as a fixture. */
class ExampleFolderTest {

	@TempDir
	Path temp;

	private Path example;
	private ArchitectureFolder folder;
	private Architecture architecture;

	@BeforeEach
	void load() {
		example = TestFolders.repository().resolve("examples/larkspur-platform");
		folder = ArchitectureFolder.load(example, LoadOptions.defaults());
		architecture = folder.architecture();
	}

	private Decision decision(String prefix) {
		return architecture.getDecisionSets().get(0).getDecisions().stream().filter(d -> d.getId().startsWith(prefix))
				.findFirst().orElseThrow(() -> new AssertionError("no decision " + prefix));
	}

	private <T extends Record> T record(List<T> records, String id) {
		return records.stream().filter(r -> r.getId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no record " + id));
	}

	@Test
	void itHoldsARealisticPlatformAndEveryKind() {
		assertEquals("Larkspur Parcel Platform", architecture.getName());
		assertEquals("Larkspur Logistics Ltd", architecture.getOrganisation());
		assertEquals(26, architecture.getDecisionSets().get(0).getDecisions().size());
		assertEquals(16, architecture.getComponents().size());
		assertEquals(12, architecture.getInterfaces().size());
		assertEquals(3, architecture.getSystems().stream().filter(s -> !s.isExternal()).count());
		architecture.getSystems().stream().filter(s -> !s.isExternal())
				.forEach(
						s -> assertTrue(s.getComponents().size() >= 4, s.getId() + " has " + s.getComponents().size()));
		for (EReference containment : BatonPackage.Literals.ARCHITECTURE.getEAllContainments()) {
			assertFalse(((List<?>) architecture.eGet(containment)).isEmpty(),
					"no " + containment.getName() + " in the example");
		}
	}

	@Test
	void theOnlyFindingIsTheDeliberateDanglingOwner() {
		List<String> findings = TestFolders.lines(folder.findings());
		assertEquals(List.of("examples/larkspur-platform/components/reporting-warehouse.md:3: warning: unknown id "
				+ "'team-data-platform' in 'owner': create the record (e.g. teams/team-data-platform.md) or fix the "
				+ "id; "
				+ "it is kept as written"), findings.stream().map(l -> l.substring(l.indexOf("examples/"))).toList());
		assertEquals(Diagnostic.WARNING, folder.findings().getSeverity());
	}

	@Test
	void loadingOnlyTheDecisionsReadsNoOtherKindAndReportsNoReferenceToThem() {
		ArchitectureFolder decisions =
				ArchitectureFolder.load(example, LoadOptions.defaults().withKinds(Set.of("decision")));
		Architecture partial = decisions.architecture();
		assertEquals(26, partial.getDecisionSets().get(0).getDecisions().size());
		assertTrue(partial.getComponents().isEmpty() && partial.getTeams().isEmpty());
		assertEquals(List.of(), TestFolders.lines(decisions.findings()));
		Decision kafka = partial.getDecisionSets().get(0).getDecisions().stream()
				.filter(d -> !d.getAffects().isEmpty()).findFirst().orElseThrow();
		assertTrue(kafka.getAffects().get(0).eIsProxy(), "references to unloaded kinds stay unresolved");
		// the decisions' own links resolve as in a full load
		assertEquals(4,
				partial.getDecisionSets().get(0).getDecisions().stream().filter(d -> !d.getSupersededBy().isEmpty())
						.count());
	}

	@Test
	void supersessionsAndAmendmentsAgreeInBothDirections() {
		Map<String, String> superseded = new TreeMap<>();
		for (Decision decision : architecture.getDecisionSets().get(0).getDecisions()) {
			for (Decision newer : decision.getSupersededBy()) {
				superseded.put(decision.getId().substring(0, 4), newer.getId().substring(0, 4));
			}
			assertEquals(decision.getSupersededBy(), decision.getStatedSupersededBy(), decision.getId());
			assertEquals(!decision.getSupersededBy().isEmpty(), decision.getStatus() == DecisionStatus.SUPERSEDED,
					decision.getId());
		}
		assertEquals(Map.of("0003", "0009", "0004", "0012", "0005", "0011", "0010", "0020"), superseded);
		assertEquals(List.of(decision("0007")), decision("0015").getAmends());
		assertEquals(List.of(decision("0024")), decision("0012").getAmendedBy());
	}

	@Test
	void fieldsAreReadAsWritten() {
		Decision warehouse = decision("0025");
		assertEquals(DecisionStatus.PROPOSED, warehouse.getStatus());
		assertEquals(LocalDate.of(2026, 8, 10), warehouse.getDate());
		assertEquals(List.of("grace-mensah"), warehouse.getDecisionMakers());
		assertEquals("A managed warehouse (BigQuery or Snowflake)", warehouse.getChosenOption());
		assertEquals(2, warehouse.getOptions().size());
		Contract routefinder = record(architecture.getContracts(), "routefinder-contract");
		assertEquals(LocalDate.of(2027, 1, 31), routefinder.getRenewalDate());
		assertEquals(60, routefinder.getNoticePeriodDays());
		assertEquals(new BigDecimal("84000.00"), routefinder.getCost());
		assertEquals("hannah-berg", routefinder.getVendorContact().getId());
		AccessItem root = record(architecture.getAccessItems(), "aws-root");
		assertTrue(root.isBreakGlass());
		assertEquals(List.of("priya-raman", "lena-fischer"), root.getHolders().stream().map(Record::getId).toList());
		Technology postgres = record(architecture.getTechnologies(), "postgresql-13");
		assertEquals("13", postgres.getVersion());
		assertEquals(LocalDate.of(2025, 11, 13), postgres.getEndOfLife());
		assertEquals(List.of("billing-db", "billing-service", "booking-service", "parcel-db", "reporting-warehouse"),
				postgres.getUsedBy().stream().map(Record::getId).toList());
		OnCallRotation onCall = architecture.getOnCallRotations().get(0);
		assertEquals(List.of(0, 15, 45), onCall.getEscalation().stream().map(s -> s.getAfterMinutes()).toList());
		assertNull(record(architecture.getComponents(), "depot-scanner-gateway").getOwner());
		assertTrue(record(architecture.getPeople(), "priya-raman").isLeaving());
	}

	@Test
	void loadingAndSavingACopyChangesNoByte() throws IOException {
		Path copy = temp.resolve("larkspur");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(example)) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		for (Path file : files) {
			Path target = copy.resolve(example.relativize(file).toString());
			Files.createDirectories(target.getParent());
			Files.copy(file, target);
		}
		ArchitectureFolder loaded = ArchitectureFolder.load(copy, LoadOptions.defaults());
		assertEquals(Diagnostic.OK, loaded.save().getSeverity());
		for (Path file : files) {
			assertArrayEquals(Files.readAllBytes(file),
					Files.readAllBytes(copy.resolve(example.relativize(file).toString())),
					file.toString());
		}
	}
}
