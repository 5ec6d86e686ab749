package dev.baton.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.baton.model.BatonPackage;
import dev.baton.model.DecisionStatus;

/** Statuses wherever and however they are written; a template's choices and no status at all are unknown. */
class StatusFieldTest {

	private static void assertStatus(String text, DecisionStatus status, String written) {
		Reading r = Reading.of("0003-use-x.md", text);
		assertEquals(status, r.decision().getStatus(), text);
		assertEquals(written, r.decision().getStatusText(), text);
	}

	@Test
	void aStatusSectionAtAnyHeadingLevel() {
		assertStatus("# 3. Use X\n\n## Metadata\n\n#### Status\n\nAccepted\n\n## Context\n\nWhy.\n",
				DecisionStatus.ACCEPTED, "Accepted");
	}

	@Test
	void boldStatusesAndBulletsInOtherLanguages() {
		assertStatus("# Use X\n\n**Status:** Accepted\n\n## Context\n\nWhy.\n", DecisionStatus.ACCEPTED, "Accepted");
		assertStatus("# Use X\n\n**Status: Rejected**\n\n## Context\n\nWhy.\n", DecisionStatus.REJECTED, "Rejected");
		assertStatus("# Use X\n\n- Status: **Proposed**\n\n## Context\n\nWhy.\n", DecisionStatus.PROPOSED, "Proposed");
		assertStatus("# Usar X\n\n* Estado: Aceptada\n\n## Contexto\n\nPorque.\n", DecisionStatus.ACCEPTED, "Aceptada");
		assertStatus("# Use X\n\n## Status\n\nReverted\n", DecisionStatus.DEPRECATED, "Reverted");
		assertStatus("# Usar X\n\n## Status\n\nAceito\n", DecisionStatus.ACCEPTED, "Aceito");
	}

	@Test
	void aTemplatesChoicesAreNoStatusAndNeverSuperseded() {
		Reading r = Reading.of("0003-use-x.md", "# Use X\n\n- Status: [ accepted | deprecated | superseded by "
				+ "[xxx](yyyymmdd-xxx.md)]\n\n## Context\n\nWhy.\n");
		assertEquals(DecisionStatus.UNKNOWN, r.decision().getStatus());
		assertTrue(r.references.isEmpty(), r.references::toString);
		assertTrue(r.warnings.stream().anyMatch(w -> w.contains("list of choices")), r.warnings::toString);
		assertStatus("---\nstatus: \"{Proposed|Accepted}\"\n---\n# Use X\n\n## Context\n\nWhy.\n",
				DecisionStatus.UNKNOWN,
				"{Proposed|Accepted}");
	}

	@Test
	void aStatusWithItsSuccessorIsKeptAsWritten() {
		Reading r = Reading.of("0003-use-x.md", "---\nstatus: superseded by ADR-0042\n---\n# Use X\n");
		assertEquals(DecisionStatus.SUPERSEDED, r.decision().getStatus());
		assertEquals("superseded by ADR-0042", r.decision().getStatusText());
		assertEquals(List.of("statedSupersededBy 42@2"), r.references);
	}

	@Test
	void noStatusWrittenIsUnknownNotDraft() {
		Reading r = Reading.of("0003-use-x.md", "# 3. Use X\n\n## Context\n\nWhy.\n");
		assertEquals(DecisionStatus.UNKNOWN, r.decision().getStatus());
		assertEquals(null, r.decision().getStatusText());
		assertTrue(r.infos.stream().anyMatch(i -> i.contains("no status written")), r.infos::toString);
		assertFalse(r.decision().getStatus() == DecisionStatus.DRAFT);
		assertTrue(r.decision().eIsSet(BatonPackage.Literals.DECISION__STATUS));
	}
}
