package dev.baton.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;
import dev.baton.model.Record;

class ArchitectureGeneratorTest {

	private static Architecture generate(int decisions, long seed) {
		return ArchitectureGenerator.generate(ArchitectureGenerator.Options.of(decisions, seed));
	}

	@Test
	void theSameSeedGivesTheSameModel() {
		assertTrue(EcoreUtil.equals(generate(300, 7), generate(300, 7)));
	}

	@Test
	void anotherSeedGivesAnotherModel() {
		assertFalse(EcoreUtil.equals(generate(300, 7), generate(300, 8)));
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
	void componentsComeInSystemsOfAboutAHundred() {
		Architecture architecture = generate(1000, 3);
		assertEquals(5, architecture.getSystems().size());
		architecture.getSystems().forEach(system -> assertEquals(100, system.getComponents().size(), system.getId()));
	}

	@Test
	void supersessionIsConsistentBothWays() {
		Architecture architecture = generate(2000, 11);
		int supersessions = 0;
		for (Decision decision : architecture.getDecisionSets().get(0).getDecisions()) {
			for (DecisionLink link : decision.getLinks()) {
				if (link.getType() == LinkType.SUPERSEDES) {
					supersessions++;
					assertEquals(DecisionStatus.SUPERSEDED, link.getTarget().getStatus());
					assertTrue(link.getTarget().getStatedSupersededBy().contains(decision));
					assertTrue(link.getTarget().getNumber() < decision.getNumber(), "supersedes a later decision");
				}
			}
		}
		assertTrue(supersessions > 100 && supersessions < 300, "supersessions: " + supersessions);
	}

	@Test
	void idsAreUnique() {
		Architecture architecture = generate(3000, 5);
		Set<String> ids = new HashSet<>();
		Set<String> decisionIds = new HashSet<>();
		architecture.eAllContents().forEachRemaining(object -> {
			if (object instanceof Decision decision) {
				assertTrue(decisionIds.add(decision.getId()), "duplicate decision id " + decision.getId());
			} else if (object instanceof Record record) {
				assertTrue(ids.add(record.getId()), "duplicate id " + record.getId());
			}
		});
	}
}
