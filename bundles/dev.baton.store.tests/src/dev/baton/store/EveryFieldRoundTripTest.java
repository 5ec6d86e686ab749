package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.BatonPackage;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;
import dev.baton.model.Option;
import dev.baton.model.Record;

/**
 * Every stored feature of every kind survives a write and a read: the model built here sets each one (found by
 * reflection, so a new feature is covered the day it is added to the model).
 */
class EveryFieldRoundTripTest {

	@TempDir
	Path temp;

	private int counter;

	@Test
	void everyFeatureOfEveryKindIsWrittenAndReadBack() throws IOException {
		Architecture architecture = BatonFactory.eINSTANCE.createArchitecture();
		architecture.setName("Round trip");
		architecture.setOrganisation("Test Ltd");
		architecture.setDescription("Every feature, once.");
		DecisionSet set = BatonFactory.eINSTANCE.createDecisionSet();
		set.setName("decisions");
		set.setPath("decisions");
		set.setDialect("madr");
		architecture.getDecisionSets().add(set);
		List<Record> records = new ArrayList<>();
		for (Kinds.Kind kind : Kinds.all()) {
			for (int copy = 0; copy < 2; copy++) {
				Record record = (Record) EcoreUtil.create(kind.eClass());
				if (record instanceof Decision decision) {
					decision.setNumber(copy + 1);
					decision.setId(String.format("%04d-decision-%d", copy + 1, copy + 1));
					decision.setSlug("decision-" + (copy + 1));
					set.getDecisions().add(decision);
				} else {
					record.setId(kind.name() + "-" + copy);
					@SuppressWarnings("unchecked")
					List<Record> container = (List<Record>) architecture.eGet(kind.container());
					container.add(record);
				}
				records.add(record);
			}
		}
		for (Record record : records) {
			fill(record, records);
		}
		Decision first = set.getDecisions().get(0);
		Decision second = set.getDecisions().get(1);
		fillDecision(first, second);
		// no status written reads back as unknown, not as the model's default (draft)
		second.setStatus(DecisionStatus.UNKNOWN);
		Path root = temp.resolve("arch");
		ArchitectureFolder.create(root, architecture);
		String decisionFile = TestFolders.read(root.resolve("decisions/0001-decision-1.md"));
		for (String expected : List.of("status: accepted\n", "supersedes: [0002-decision-2]\n",
				"  - type: depends-on\n    target: 0002-decision-2\n    note: for the schema\n",
				"  - type: supersedes\n    target: 0002-decision-2\n    note: in part\n",
				"## Considered Options\n\n* PostgreSQL\n* MySQL\n",
				"## Decision Outcome\n\nChosen option: \"PostgreSQL\"",
				"### PostgreSQL\n\nThe relational default.\n\n* Good, because transactions\n* Neutral, because known "
						+ "to the team\n* Bad, because one more server\n")) {
			assertTrue(decisionFile.contains(expected), expected + " missing in\n" + decisionFile);
		}
		String onCall = TestFolders.read(root.resolve("on-call/on-call-0.md"));
		assertTrue(onCall.contains("escalation:\n  - level: "), onCall);
		// numbers and booleans are plain scalars, as YAML readers elsewhere expect them
		assertTrue(onCall.matches("(?s).*\n    after-minutes: \\d+\n.*"), onCall);
		String contract = TestFolders.read(root.resolve("contracts/contract-0.md"));
		assertTrue(contract.contains("\nauto-renews: true\n"), contract);
		assertTrue(contract.matches("(?s).*\nnotice-period-days: \\d+\n.*"), contract);
		assertTrue(contract.contains("\ncost: 1200.50\n"), contract);
		ArchitectureFolder loaded = ArchitectureFolder.load(root, LoadOptions.defaults());
		assertEquals(Diagnostic.OK, loaded.findings().getSeverity(), TestFolders.joined(loaded.findings()));
		RecordEquality.forgetSources(architecture);
		RecordEquality.forgetSources(loaded.architecture());
		for (Kinds.Kind kind : Kinds.all()) {
			List<? extends EObject> expected = kind.container() == null ? set.getDecisions()
					: (List<? extends EObject>) architecture.eGet(kind.container());
			List<? extends EObject> actual = kind.container() == null
					? loaded.architecture().getDecisionSets().get(0).getDecisions()
					: (List<? extends EObject>) loaded.architecture().eGet(kind.container());
			assertEquals(expected.size(), actual.size(), kind.name());
			for (int i = 0; i < expected.size(); i++) {
				assertTrue(RecordEquality.equal(expected.get(i), actual.get(i)),
						kind.name() + " " + ((Record) expected.get(i)).getId() + " differs after the round trip:\n"
								+ RecordEquality.describe(expected.get(i)) + "\n---\n"
								+ RecordEquality.describe(actual.get(i)));
			}
		}
		// and saving the loaded folder again writes nothing
		assertEquals(Diagnostic.OK, loaded.save().getSeverity());
	}

	private void fill(EObject object, List<Record> records) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()
					|| feature == BatonPackage.Literals.RECORD__ID || feature == BatonPackage.Literals.DECISION__NUMBER
					|| feature == BatonPackage.Literals.DECISION__SLUG
					|| feature == BatonPackage.Literals.DECISION__STATUS
					|| feature == BatonPackage.Literals.DECISION__STATUS_TEXT
					|| feature == BatonPackage.Literals.DECISION__CHOSEN_OPTION
					|| feature == BatonPackage.Literals.DECISION__OUTCOME
					|| feature == BatonPackage.Literals.DECISION__OPTIONS
					|| feature == BatonPackage.Literals.DECISION__LINKS) {
				continue;
			}
			if (feature instanceof EAttribute attribute) {
				Object value = sample(attribute, feature.getName());
				if (feature.isMany()) {
					@SuppressWarnings("unchecked")
					List<Object> list = (List<Object>) object.eGet(feature);
					list.add(value);
					if (value instanceof String text) {
						list.add(text + " too");
					}
				} else {
					object.eSet(feature, value);
				}
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				if (reference.getEReferenceType() == BatonPackage.Literals.SECTION) {
					var section = BatonFactory.eINSTANCE.createSection();
					section.setHeading("Notes " + (++counter));
					section.setLevel(2);
					section.setBody("Kept verbatim.\n\n* with a list");
					((List<EObject>) object.eGet(reference)).add(section);
					continue;
				}
				EObject child = EcoreUtil.create(reference.getEReferenceType());
				fill(child, records);
				((List<EObject>) object.eGet(reference)).add(child);
			} else if (feature instanceof EReference reference) {
				List<Record> targets = records.stream().filter(r -> reference.getEReferenceType().isInstance(r)
						&& r != object && !(r instanceof Decision)).toList();
				if (reference.getEReferenceType() == BatonPackage.Literals.DECISION) {
					targets = records.stream().filter(r -> r instanceof Decision && r != object).toList();
				}
				if (targets.isEmpty()) {
					continue;
				}
				if (feature.isMany()) {
					((List<EObject>) object.eGet(feature)).addAll(targets.subList(0, Math.min(2, targets.size())));
				} else {
					object.eSet(feature, targets.get(0));
				}
			}
		}
	}

	private Object sample(EAttribute attribute, String name) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (attribute.getEAttributeType() instanceof EEnum eEnum) {
			return eEnum.getELiterals().get(1).getInstance();
		}
		if (type == LocalDate.class) {
			return LocalDate.of(2026, 1, 1 + (counter++ % 28));
		}
		if (type == Integer.class || type == int.class) {
			return 7 + counter++;
		}
		if (type == Boolean.class || type == boolean.class) {
			return Boolean.TRUE;
		}
		if (type == BigDecimal.class) {
			return new BigDecimal("1200.50");
		}
		if (name.equals("title") || name.equals("heading")) {
			return "A " + name + " " + (++counter);
		}
		if (name.equals("description") || name.equals("context") || name.endsWith("ation") || name.equals("mitigation")
				|| name.equals("consequences") || name.equals("rootCause") || name.equals("release")
				|| name.equals("setup") || name.equals("answer") || name.equals("moreInformation")) {
			return "Some *Markdown* for " + name + " " + (++counter) + ".\n\nA second paragraph.";
		}
		return name + " value " + (++counter) + ": with a colon, 'quotes' and # hash";
	}

	private static void fillDecision(Decision decision, Decision other) {
		decision.setStatusText("accepted");
		decision.setStatus(DecisionStatuses.of("accepted"));
		Option chosen = BatonFactory.eINSTANCE.createOption();
		chosen.setTitle("PostgreSQL");
		chosen.setDescription("The relational default.");
		chosen.getPros().add("transactions");
		chosen.getNeutral().add("known to the team");
		chosen.getCons().add("one more server");
		Option other1 = BatonFactory.eINSTANCE.createOption();
		other1.setTitle("MySQL");
		decision.getOptions().add(chosen);
		decision.getOptions().add(other1);
		decision.setOutcome("Chosen option: \"PostgreSQL\", because it has transactions.");
		decision.setChosenOption("PostgreSQL");
		for (LinkType type : List.of(LinkType.SUPERSEDES, LinkType.AMENDS, LinkType.RELATES_TO)) {
			DecisionLink link = BatonFactory.eINSTANCE.createDecisionLink();
			link.setType(type);
			link.setTarget(other);
			decision.getLinks().add(link);
		}
		DecisionLink custom = BatonFactory.eINSTANCE.createDecisionLink();
		custom.setType(LinkType.CUSTOM);
		custom.setCustomType("depends-on");
		custom.setNote("for the schema");
		custom.setTarget(other);
		decision.getLinks().add(custom);
		DecisionLink partly = BatonFactory.eINSTANCE.createDecisionLink();
		partly.setType(LinkType.SUPERSEDES);
		partly.setNote("in part");
		partly.setTarget(other);
		decision.getLinks().add(partly);
	}
}
