package dev.baton.validation;

import static dev.baton.validation.Fixtures.AS_OF;
import static dev.baton.validation.Fixtures.MAKE;
import static dev.baton.validation.Fixtures.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.junit.jupiter.api.Test;

import dev.baton.api.Contribution;
import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.ServiceProperties;
import dev.baton.model.Architecture;
import dev.baton.model.Component;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Team;
import dev.baton.validation.ReadinessReport.SectionScore;
import dev.baton.validation.rules.BuiltInRules;
import dev.baton.validation.rules.ComponentOwnerRule;
import dev.baton.validation.rules.ProposedTooLongRule;

/** Readiness.assess: checks per subject, scores per section and overall, and their reasons. */
class ReadinessTest {

	private final Architecture architecture = Fixtures.architecture();

	private Component component(String id, boolean owned) {
		Component component = named(MAKE.createComponent(), "components", id);
		if (owned) {
			Team team = named(MAKE.createTeam(), "teams", "team-" + id);
			architecture.getTeams().add(team);
			component.setOwner(team);
		}
		architecture.getComponents().add(component);
		return component;
	}

	private static Contribution<ReadinessRule> contribution(String id, ReadinessRule rule, String section) {
		Map<String, Object> properties = section == null ? Map.of(ServiceProperties.ID, id)
				: Map.of(ServiceProperties.ID, id, ServiceProperties.SECTION, section);
		return new Contribution<>(id, id, rule, properties);
	}

	private SectionScore section(ReadinessReport report, int number) {
		return report.sections().stream().filter(s -> s.number() == number).findFirst().orElseThrow();
	}

	@Test
	void aRuleIsGivenTheArchitectureAsReadAndAModelOnlyRuleTheModel() {
		Path root = Path.of("/work/arch");
		LoadedArchitecture loaded = LoadedArchitecture.of(architecture, root, (record, key) -> Optional.empty());
		List<Object> seen = Collections.synchronizedList(new ArrayList<>());
		ReadinessRule typed = new ReadinessRule() {

			@Override
			public void check(Architecture model, RunContext context, DiagnosticChain findings) {
				seen.add("the model alone");
			}

			@Override
			public void check(LoadedArchitecture read, RunContext context, DiagnosticChain findings) {
				seen.add(read.root().orElseThrow());
			}
		};
		// a rule written against the model alone (a third-party one) still runs, on the same model
		ReadinessRule plain = (model, context, findings) -> seen.add(model);
		Readiness.assess(loaded, List.of(contribution("a-typed", typed, null), contribution("b-plain", plain, null)),
				RunContext.asOf(AS_OF));
		assertEquals(2, seen.size(), seen.toString());
		assertEquals(Set.of(root, architecture), Set.copyOf(seen));
	}

	@Test
	void aSectionScoresTheMeanPassRatioOfItsRulesAndEmptySectionsScoreZero() {
		component("a", true);
		component("b", true);
		component("c", true);
		component("d", false);
		List<Contribution<ReadinessRule>> rules = List.of(BuiltInRules.contribution(new ComponentOwnerRule()));
		ReadinessReport report = Readiness.assess(LoadedArchitecture.of(architecture), rules, RunContext.asOf(AS_OF));
		SectionScore inventory = section(report, 3);
		assertEquals(75, inventory.score());
		assertEquals(4, inventory.records());
		assertEquals(List.of("4 record(s): component 4", "component-owner: 3 of 4 passed"), inventory.counted());
		assertEquals(List.of("component-owner: 1 of 4 failed (-25.0)"), inventory.lost());
		SectionScore people = section(report, 15);
		assertEquals(100, people.score(), "three teams, and no rule of section 15");
		SectionScore costs = section(report, 12);
		assertEquals(0, costs.score());
		assertEquals(List.of("no records (-100): add records to costs/"), costs.lost());
		assertEquals(19, report.sections().size());
		assertEquals("Across sections", report.sections().get(18).title());
		assertEquals(100, report.sections().get(18).score(), "no rule across sections");
		// sections 3 (75) and 15 (100) and the part across sections (100) have content; 16 others score 0
		assertEquals(Math.round(275 / 19.0), report.overall());
		assertTrue(report.explanation().contains("12. Costs scores 0 (-5.3 overall)"), report.explanation().toString());
		assertTrue(report.explanation().contains("3. System inventory scores 75 (-1.3 overall)"),
				report.explanation().toString());
	}

	@Test
	void infoFindingsCostNothingAndEachRuleWeighsTheSameInItsSection() {
		component("a", false);
		ReadinessRule info = (arch, context, findings) -> findings.add(Findings.info("note", 0, null, "a note",
				arch.getComponents().get(0)));
		ReadinessRule fails = (arch, context, findings) -> findings.add(Findings.warning("fails", 0, null, "bad"));
		ReadinessReport report = Readiness.assess(LoadedArchitecture.of(architecture),
				List.of(contribution("note", info, "3"),
						contribution("fails", fails, "3"), BuiltInRules.contribution(new ComponentOwnerRule())),
				RunContext.asOf(AS_OF));
		// a rule without CheckedSubjects is one check of the whole architecture
		var note = report.rules().stream().filter(r -> r.id().equals("note")).findFirst().orElseThrow();
		assertEquals(List.of("architecture"), note.checks().stream().map(c -> c.subject()).toList());
		assertEquals(1, note.checks().get(0).findings().size());
		assertEquals(33, section(report, 3).score(), "component-owner 0/1, fails 0/1, note 1/1");
		assertEquals(List.of("component-owner: 1 of 1 failed (-33.3)", "fails: 1 of 1 failed (-33.3)"),
				section(report, 3).lost());
	}

	@Test
	void aRuleThatThrowsBecomesAnErrorFindingAndTheOthersStillRun() {
		ReadinessRule broken = (arch, context, findings) -> {
			throw new IllegalStateException("boom");
		};
		component("a", false);
		ReadinessReport report = Readiness.assess(LoadedArchitecture.of(architecture),
				List.of(contribution("broken", broken, null), BuiltInRules.contribution(new ComponentOwnerRule())),
				RunContext.asOf(AS_OF));
		assertEquals(Diagnostic.ERROR, report.severity());
		assertEquals("the rule broken failed (IllegalStateException: boom); its other findings may be missing: fix the "
				+ "setting it names, or report the problem", report.rules().get(0).findings().get(0).message());
		assertEquals(1, report.rules().get(1).findings().size());
	}

	@Test
	void aBadSettingIsReportedAsTheRulesFailure() {
		Fixtures.decision(architecture, 1, "a", DecisionStatus.PROPOSED);
		RunContext context = Fixtures.context(AS_OF, Map.of(ReadinessOptions.PROPOSED_MAX_DAYS, "a month"));
		ReadinessReport report = Readiness.assess(LoadedArchitecture.of(architecture),
				List.of(BuiltInRules.contribution(new ProposedTooLongRule())), context);
		assertTrue(
				report.findings().get(0).message().contains("proposed-max-days is a whole number of days such as 30, "
						+ "not 'a month'"),
				report.findings().get(0).message());
	}

	@Test
	void theSameArchitectureIsJudgedByTheAsOfDateNotTheClock() {
		Fixtures.decision(architecture, 1, "a", DecisionStatus.PROPOSED).setDate(AS_OF.minusDays(40));
		var rules = BuiltInRules.contributions();
		ReadinessReport early =
				Readiness.assess(LoadedArchitecture.of(architecture), rules, RunContext.asOf(AS_OF.minusDays(10)));
		ReadinessReport late = Readiness.assess(LoadedArchitecture.of(architecture), rules, RunContext.asOf(AS_OF));
		assertTrue(early.findings().stream().noneMatch(f -> f.rule().equals("proposed-too-long")));
		assertEquals(1, late.findings().stream().filter(f -> f.rule().equals("proposed-too-long")).count());
		assertEquals(AS_OF, late.asOf());
		ReadinessReport again = Readiness.assess(LoadedArchitecture.of(architecture), rules, RunContext.asOf(AS_OF));
		assertEquals(ReportText.of(late), ReportText.of(again));
	}

	@Test
	void cancellingStopsTheAssessment() {
		BasicMonitor monitor = new BasicMonitor();
		monitor.setCanceled(true);
		assertThrows(RunContext.CancelledException.class, () -> Readiness.assess(LoadedArchitecture.of(architecture),
				BuiltInRules.contributions(), new RunContext(AS_OF, monitor, Map.of())));
	}
}
