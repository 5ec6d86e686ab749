package dev.baton.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.baton.generator.ArchitectureGenerator.Options;
import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;
import dev.baton.model.Record;
import dev.baton.model.SoftwareSystem;

/** Options, determinism and sizes of the generated architecture. */
class ArchitectureGeneratorTest {

	static Architecture generate(int decisions, long seed) {
		return ArchitectureGenerator.generate(Options.of(decisions, seed));
	}

	@Test
	void theSameSeedGivesTheSameModel() {
		assertTrue(EcoreUtil.equals(generate(300, 7), generate(300, 7)));
		ArchitectureGenerator generator = new ArchitectureGenerator(Options.builder().decisions(120).seed(99).build());
		assertTrue(EcoreUtil.equals(generator.generate(), generator.generate()),
				"a second call starts again from the seed");
	}

	@Test
	void anotherSeedGivesAnotherModel() {
		assertFalse(EcoreUtil.equals(generate(300, 7), generate(300, 8)));
	}

	@Test
	void anotherDayGivesOtherDatesOnly() {
		Options options = Options.of(50, 3);
		Architecture later = ArchitectureGenerator.generate(Options.builder().decisions(50).seed(3)
				.asOf(options.asOf().plusDays(700)).build());
		Architecture now = ArchitectureGenerator.generate(options);
		assertFalse(EcoreUtil.equals(now, later));
		assertEquals(now.getDecisionSets().get(0).getDecisions().get(9).getTitle(),
				later.getDecisionSets().get(0).getDecisions().get(9).getTitle());
		assertEquals(now.getDecisionSets().get(0).getDecisions().get(9).getDate().plusDays(700),
				later.getDecisionSets().get(0).getDecisions().get(9).getDate());
	}

	@Test
	void sizesFollowTheOptionsAndEveryKindIsThere() {
		Architecture architecture = generate(100, 1);
		assertEquals(100, architecture.getDecisionSets().get(0).getDecisions().size());
		assertEquals(50, architecture.getComponents().size());
		assertEquals(50, architecture.getInterfaces().size());
		for (EReference containment : BatonPackage.Literals.ARCHITECTURE.getEAllContainments()) {
			assertFalse(((List<?>) architecture.eGet(containment)).isEmpty(), containment.getName() + " is empty");
		}
	}

	@Test
	void everyClassOfTheModelIsUsedButSections() {
		Set<String> missing = new TreeSet<>();
		for (EClassifier classifier : BatonPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract()) {
				missing.add(type.getName());
			}
		}
		missing.remove("Architecture");
		generate(100, 1).eAllContents().forEachRemaining(object -> missing.remove(object.eClass().getName()));
		assertEquals(Set.of("Section"), missing);
	}

	@Test
	void explicitSizesAreKept() {
		Options options = Options.builder().decisions(10).components(7).interfaces(3).seed(5).build();
		Architecture architecture = new ArchitectureGenerator(options).generate();
		assertEquals(10, architecture.getDecisionSets().get(0).getDecisions().size());
		assertEquals(7, architecture.getComponents().size());
		assertEquals(3, architecture.getInterfaces().size());
		assertEquals(new Options(10, 7, 3, 5, ArchitectureGenerator.DEFAULT_AS_OF), options);
	}

	@Test
	void defaultsAreHalfTheDecisionsAndAtLeastTwo() {
		assertEquals(new Options(100, 50, 50, 4, ArchitectureGenerator.DEFAULT_AS_OF), Options.of(100, 4));
		assertEquals(new Options(3, 2, 2, 4, ArchitectureGenerator.DEFAULT_AS_OF), Options.of(3, 4));
		Architecture empty = generate(0, 4);
		assertTrue(empty.getDecisionSets().get(0).getDecisions().isEmpty());
		assertEquals(2, empty.getComponents().size());
	}

	@Test
	void sizesOutOfRangeAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> Options.builder().decisions(-1).build());
		assertThrows(IllegalArgumentException.class, () -> Options.builder().components(0).build());
		assertThrows(IllegalArgumentException.class, () -> Options.builder().interfaces(0).build());
		assertThrows(NullPointerException.class, () -> Options.builder().asOf(null).build());
	}

	@Test
	void componentsComeInSystemsOfAboutAHundred() {
		Architecture architecture = generate(1000, 3);
		assertEquals(5, architecture.getSystems().size());
		for (SoftwareSystem system : architecture.getSystems()) {
			assertEquals(100, system.getComponents().size(), system.getId());
		}
		Architecture small = generate(10, 3);
		assertEquals(1, small.getSystems().size());
		assertEquals(5, small.getSystems().get(0).getComponents().size());
	}

	@Test
	void teamsAndPeopleScaleWithTheComponents() {
		Architecture architecture = generate(1000, 3);
		assertEquals(50, architecture.getTeams().size());
		architecture.getTeams().forEach(team -> assertEquals(2, team.getMembers().size(), team.getId()));
		assertEquals(2, generate(10, 3).getTeams().size());
	}

	@Test
	void datesAreCountedFromTheGivenDay() {
		LocalDate day = LocalDate.of(2030, 1, 15);
		Architecture architecture =
				ArchitectureGenerator.generate(Options.builder().decisions(40).seed(2).asOf(day).build());
		architecture.eAllContents().forEachRemaining(object -> {
			if (object instanceof Record record) {
				assertFalse(record.getLastReviewed().isAfter(day), record.getId());
			}
		});
	}
}
