package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.baton.model.BatonFactory;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionStatus;
import dev.baton.model.LinkType;
import dev.baton.model.Section;
import dev.baton.store.DecisionFormat;

/** A decision written in each dialect reads back with the same values. */
class WriterRoundTripTest {

	private static final DecisionFormat.Links LINKS = new DecisionFormat.Links() {

		@Override
		public String href(Decision from, EObject target) {
			return ((Decision) target).getSourcePath();
		}

		@Override
		public String token(EObject target) {
			return ((Decision) target).getId();
		}

		@Override
		public String written(Decision from, EObject target) {
			return null;
		}
	};

	private static Decision decision() {
		BatonFactory f = BatonFactory.eINSTANCE;
		Decision old = f.createDecision();
		old.setId("0002-use-ftp");
		old.setNumber(2);
		old.setTitle("Use FTP");
		old.setSourcePath("0002-use-ftp.md");
		Decision d = f.createDecision();
		d.setId("0007-use-kafka");
		d.setNumber(7);
		d.setSlug("use-kafka");
		d.setTitle("Use Kafka for events");
		d.setDate(LocalDate.of(2024, 5, 6));
		d.setStatusText("Accepted");
		d.setStatus(DecisionStatus.ACCEPTED);
		d.getDecisionMakers().addAll(List.of("Ana", "Ben"));
		d.getConsulted().add("Carla");
		d.getTags().addAll(List.of("events", "messaging"));
		d.setContext("Services need events.\n\nMore than one consumer.");
		d.setOutcome("Use Kafka.");
		d.setConsequences("* Ops learn Kafka");
		Section extra = f.createSection();
		extra.setHeading("Rollout");
		extra.setLevel(2);
		extra.setBody("Team by team.");
		d.getSections().add(extra);
		DecisionLink link = f.createDecisionLink();
		link.setType(LinkType.SUPERSEDES);
		link.setTarget(old);
		d.getLinks().add(link);
		return d;
	}

	@ParameterizedTest
	@ValueSource(strings = { "adr-tools", "nygard", "madr2", "log4brains", "asciidoc", "status-table" })
	void writtenAndReadBack(String dialect) {
		Decision d = decision();
		String text = Dialects.format(dialect).write(d, null, LINKS);
		String name = dialect.equals("asciidoc") ? "0007-use-kafka.adoc" : "0007-use-kafka.md";
		Reading r = Reading.of(name, text);
		Decision back = r.decision();
		assertEquals(dialect.equals("nygard") ? "adr-tools" : dialect, r.dialect(), text);
		assertEquals(d.getTitle(), back.getTitle(), text);
		assertEquals(7, back.getNumber());
		assertEquals(d.getDate(), back.getDate(), text);
		assertEquals("Accepted", back.getStatusText(), text);
		assertEquals(d.getDecisionMakers(), back.getDecisionMakers(), text);
		assertEquals(d.getTags(), back.getTags(), text);
		assertEquals(d.getConsulted(), back.getConsulted(), text);
		assertEquals(d.getContext(), back.getContext(), text);
		assertEquals(d.getOutcome(), back.getOutcome(), text);
		assertEquals(d.getConsequences(), back.getConsequences(), text);
		assertEquals(List.of("Rollout"), back.getSections().stream().map(Section::getHeading).toList(), text);
		assertTrue(r.references.stream().anyMatch(ref -> ref.startsWith("supersedes 0002-use-ftp@")),
				text + r.references);
		assertEquals(List.of(), r.warnings, text);
	}
}
