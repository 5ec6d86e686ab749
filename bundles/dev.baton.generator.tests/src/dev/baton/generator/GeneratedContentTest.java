package dev.baton.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;
import dev.baton.model.Option;
import dev.baton.model.Record;

/** What the generated records hold: links, ids, dates and text that survives Markdown and YAML. */
class GeneratedContentTest {

	private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static List<Decision> decisions(Architecture architecture) {
		return architecture.getDecisionSets().get(0).getDecisions();
	}

	@Test
	void supersessionIsConsistentBothWays() {
		Architecture architecture = ArchitectureGeneratorTest.generate(2000, 11);
		int[] links = new int[LinkType.VALUES.size()];
		for (Decision decision : decisions(architecture)) {
			for (DecisionLink link : decision.getLinks()) {
				links[link.getType().getValue()]++;
				assertTrue(link.getTarget().getNumber() < decision.getNumber(),
						decision.getId() + " links to a later decision");
				if (link.getType() == LinkType.SUPERSEDES) {
					assertEquals(DecisionStatus.SUPERSEDED, link.getTarget().getStatus(), link.getTarget().getId());
					assertEquals("superseded", link.getTarget().getStatusText());
					assertTrue(link.getTarget().getStatedSupersededBy().contains(decision), link.getTarget().getId());
				}
			}
			for (Decision newer : decision.getStatedSupersededBy()) {
				assertTrue(newer.getSupersedes().contains(decision),
						newer.getId() + " does not supersede " + decision.getId());
			}
			if (decision.getStatus() == DecisionStatus.SUPERSEDED) {
				assertFalse(decision.getStatedSupersededBy().isEmpty(), decision.getId());
			}
		}
		assertTrue(links[LinkType.SUPERSEDES_VALUE] > 140 && links[LinkType.SUPERSEDES_VALUE] < 240,
				"supersessions: " + links[LinkType.SUPERSEDES_VALUE]);
		assertTrue(links[LinkType.AMENDS_VALUE] > 60 && links[LinkType.AMENDS_VALUE] < 140, "amends: " + links[1]);
		assertTrue(links[LinkType.RELATES_TO_VALUE] > 60 && links[LinkType.RELATES_TO_VALUE] < 140,
				"relates: " + links[2]);
	}

	@Test
	void statusesAreSpreadWithAcceptedTheMost() {
		int[] counts = new int[DecisionStatus.VALUES.size()];
		decisions(ArchitectureGeneratorTest.generate(1000, 2)).forEach(d -> counts[d.getStatus().getValue()]++);
		for (DecisionStatus status : List.of(DecisionStatus.PROPOSED, DecisionStatus.REJECTED,
				DecisionStatus.DEPRECATED,
				DecisionStatus.SUPERSEDED)) {
			assertTrue(counts[status.getValue()] > 10, status + ": " + counts[status.getValue()]);
			assertTrue(counts[DecisionStatus.ACCEPTED_VALUE] > 3 * counts[status.getValue()], status.toString());
		}
	}

	@Test
	void idsAreUniqueAndKebabCase() {
		Architecture architecture = ArchitectureGeneratorTest.generate(3000, 5);
		Set<String> ids = new HashSet<>();
		Set<String> decisionIds = new HashSet<>();
		architecture.eAllContents().forEachRemaining(object -> {
			if (object instanceof Decision decision) {
				assertTrue(decisionIds.add(decision.getId()), "duplicate decision id " + decision.getId());
			} else if (object instanceof Record record) {
				assertTrue(ids.add(record.getId()), "duplicate id " + record.getId());
				assertTrue(KEBAB.matcher(record.getId()).matches(), record.getId());
			}
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { 7, 9999, 10000 })
	void decisionIdsAreTheNumberPaddedAndTheSlugOfTheTitle(int count) {
		List<Decision> decisions = decisions(ArchitectureGeneratorTest.generate(count, 1));
		int digits = count >= 10000 ? 5 : 4;
		for (int n = 1; n <= count; n++) {
			Decision decision = decisions.get(n - 1);
			assertEquals(n, decision.getNumber());
			assertEquals(String.format("%0" + digits + "d", n) + "-" + decision.getSlug(), decision.getId());
			assertEquals(Vocabulary.slug(decision.getTitle()), decision.getSlug());
			assertTrue(KEBAB.matcher(decision.getSlug()).matches(), decision.getSlug());
		}
	}

	@Test
	void decisionsAreDatedInOrderWithinEightYears() {
		LocalDate asOf = ArchitectureGenerator.DEFAULT_AS_OF;
		LocalDate previous = asOf.minusYears(8).minusDays(3);
		for (Decision decision : decisions(ArchitectureGeneratorTest.generate(500, 6))) {
			assertFalse(decision.getDate().isBefore(previous), decision.getId());
			assertTrue(decision.getDate().isBefore(asOf), decision.getId());
			assertFalse(decision.getLastReviewed().isBefore(decision.getDate()), decision.getId());
			previous = decision.getDate();
		}
	}

	@Test
	void decisionsHaveTheMadrParts() {
		for (Decision decision : decisions(ArchitectureGeneratorTest.generate(300, 8))) {
			String id = decision.getId();
			assertEquals(decision.getStatus().getLiteral(), decision.getStatusText(), id);
			assertFalse(decision.getDecisionMakers().isEmpty(), id);
			assertFalse(decision.getDrivers().isEmpty(), id);
			assertTrue(decision.getOptions().size() >= 2 && decision.getOptions().size() <= 4, id);
			assertEquals(1,
					decision.getOptions().stream().filter(o -> o.getTitle().equals(decision.getChosenOption())).count(),
					id);
			assertEquals(decision.getOptions().size(),
					decision.getOptions().stream().map(Option::getTitle).distinct().count(), id);
			decision.getOptions().forEach(o -> assertFalse(o.getPros().isEmpty() || o.getCons().isEmpty(), id));
			assertTrue(
					decision.getOutcome().startsWith("Chosen option: \"" + decision.getChosenOption() + "\", because "),
					id);
			assertTrue(decision.getConsequences().startsWith("* Good, because "), id);
			assertTrue(decision.getContext().contains("\n\n"), id);
			int affects = decision.getAffects().size();
			assertTrue(affects >= 1 && affects <= 3, id);
		}
	}

	@Test
	void everyRecordHasTheCommonFieldsAndNoSectionsOrSource() {
		Architecture architecture = ArchitectureGeneratorTest.generate(200, 4);
		architecture.eAllContents().forEachRemaining(object -> {
			if (object instanceof Record record) {
				assertNotNull(record.getId());
				assertNotNull(record.getTitle(), record.getId());
				assertNotNull(record.getDescription(), record.getId());
				assertNotNull(record.getLastReviewed(), record.getId());
				assertTrue(record.getSections().isEmpty(), record.getId());
				assertNull(record.getSourcePath(), record.getId());
			}
		});
	}

	@Test
	void referencesStayInsideTheModel() {
		Architecture architecture = ArchitectureGeneratorTest.generate(200, 4);
		architecture.eAllContents().forEachRemaining(object -> {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isDerived()) {
					for (Object target : values(object.eGet(reference))) {
						assertSame(architecture, EcoreUtil.getRootContainer((EObject) target),
								object.eClass().getName() + "." + reference.getName());
					}
				}
			}
		});
	}

	@Test
	void textIsPlainSingleLineOutsideProseAndNeverPadded() {
		Architecture architecture = ArchitectureGeneratorTest.generate(400, 9);
		architecture.eAllContents().forEachRemaining(object -> {
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.getEType() != EcorePackage.Literals.ESTRING) {
					continue;
				}
				for (Object value : values(object.eGet(attribute))) {
					String text = (String) value;
					String where = object.eClass().getName() + "." + attribute.getName() + " = " + text;
					assertEquals(text.strip(), text, where);
					assertFalse(text.isEmpty(), where);
					assertFalse(text.contains("\t") || text.contains("\r") || text.contains("\n\n\n"), where);
					if (!isProse(attribute)) {
						assertFalse(text.contains("\n"), where);
						assertFalse(text.startsWith("#") || text.contains(": ") || text.contains(" #"), where);
					}
				}
			}
		});
	}

	/** Record descriptions and the fields held in a body section may hold Markdown paragraphs. */
	private static boolean isProse(EAttribute attribute) {
		if (attribute == BatonPackage.Literals.RECORD__DESCRIPTION) {
			return true;
		}
		var format = attribute.getEAnnotation("https://baton.dev/format");
		return format != null && format.getDetails().containsKey("section") && attribute.getUpperBound() == 1;
	}

	private static List<?> values(Object value) {
		return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
	}
}
