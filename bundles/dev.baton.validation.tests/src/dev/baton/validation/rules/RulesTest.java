package dev.baton.validation.rules;

import static dev.baton.validation.Fixtures.AS_OF;
import static dev.baton.validation.Fixtures.MAKE;
import static dev.baton.validation.Fixtures.decision;
import static dev.baton.validation.Fixtures.named;
import static dev.baton.validation.Fixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.api.LoadedArchitecture;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.model.AccessItem;
import dev.baton.model.Architecture;
import dev.baton.model.Component;
import dev.baton.model.Contract;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Interface;
import dev.baton.model.LinkType;
import dev.baton.model.Risk;
import dev.baton.model.Team;
import dev.baton.model.Technology;
import dev.baton.validation.Fixtures;
import dev.baton.validation.HandoverSection;
import dev.baton.validation.ReadinessOptions;

/** Each built-in rule on small in-memory architectures: what passes, what is reported, and how. */
class RulesTest {

	@TempDir
	Path temp;

	private final Architecture architecture = Fixtures.architecture();

	private Team team(String id) {
		Team team = named(MAKE.createTeam(), "teams", id);
		architecture.getTeams().add(team);
		return team;
	}

	private Component component(String id) {
		Component component = named(MAKE.createComponent(), "components", id);
		architecture.getComponents().add(component);
		return component;
	}

	private static <T extends EObject> T unresolved(T proxy, String token) {
		((InternalEObject) proxy).eSetProxyURI(URI.createURI("baton:/unresolved").appendFragment(token));
		return proxy;
	}

	@Test
	void componentOwnerReportsMissingAndUnknownOwnersAtTheOwnerKey() {
		component("owned").setOwner(team("team-a"));
		component("orphan");
		component("stale-owner").setOwner(unresolved(MAKE.createTeam(), "team-gone"));
		LoadedArchitecture located = LoadedArchitecture.of(architecture, null,
				(record, key) -> Optional.of(SourceLocation.of(Path.of(record.getSourcePath()),
						"owner".equals(key) ? 3 : 0)));
		assertEquals(List.of(
				"components/orphan.md:3: warning: component 'orphan' has no owner: add 'owner: <team or person id>' "
						+ "naming who answers for it (a record in teams/ or people/)",
				"components/stale-owner.md:3: warning: component 'stale-owner' is owned by 'team-gone', which is no "
						+ "team "
						+ "or person of this folder: give it an owner that exists, or add the record to teams/"),
				run(new ComponentOwnerRule(), located, RunContext.asOf(AS_OF)));
	}

	@Test
	void withoutALocatorAFindingNamesTheRecordsFile() {
		component("orphan");
		assertEquals(List.of("components/orphan.md: warning: component 'orphan' has no owner: add 'owner: <team or "
				+ "person id>' naming who answers for it (a record in teams/ or people/)"),
				run(new ComponentOwnerRule(), architecture));
	}

	@Test
	void interfacesNeedAProviderAndAProtocolOrSpecification() {
		Interface complete = named(MAKE.createInterface(), "interfaces", "complete");
		complete.setProvider(component("server"));
		complete.setProtocol("REST");
		Interface specOnly = named(MAKE.createInterface(), "interfaces", "spec-only");
		specOnly.setProvider(architecture.getComponents().get(0));
		specOnly.setSpecification("https://example.com/openapi.yaml");
		Interface bare = named(MAKE.createInterface(), "interfaces", "bare");
		architecture.getInterfaces().addAll(List.of(complete, specOnly, bare));
		List<String> findings = run(new InterfaceDescribedRule(), architecture);
		assertEquals(2, findings.size(), findings.toString());
		assertTrue(findings.get(0).startsWith("interfaces/bare.md: warning: interface 'bare' has no provider: add "
				+ "'provider: <component id>'"), findings.get(0));
		assertTrue(
				findings.get(1).startsWith("interfaces/bare.md: warning: interface 'bare' has neither a protocol nor "
						+ "a specification"),
				findings.get(1));
	}

	@Test
	void specificationFilesAreLookedUpBesideTheRecordAndInTheRoot() throws Exception {
		Fixtures.write(temp, "specs/booking.yaml", "openapi: 3.1.0\ninfo:\n  title: Booking\n  version: '1'\n");
		Fixtures.write(temp, "interfaces/local.graphql", "type Query { a: Int }\n");
		Interface relativeToRecord = named(MAKE.createInterface(), "interfaces", "booking");
		relativeToRecord.setSpecification("../specs/booking.yaml");
		Interface beside = named(MAKE.createInterface(), "interfaces", "local");
		beside.setSpecification("local.graphql");
		Interface fromRoot = named(MAKE.createInterface(), "interfaces", "root-relative");
		fromRoot.setSpecification("specs/booking.yaml");
		Interface url = named(MAKE.createInterface(), "interfaces", "remote");
		url.setSpecification("https://example.com/missing.yaml");
		Interface missing = named(MAKE.createInterface(), "interfaces", "missing");
		missing.setSpecification("../specs/gone.yaml");
		architecture.getInterfaces().addAll(List.of(relativeToRecord, beside, fromRoot, url, missing));
		InterfaceSpecificationRule rule = new InterfaceSpecificationRule();
		assertEquals(List.of(), run(rule, architecture), "without the folder nothing can be checked");
		LoadedArchitecture unfiled = Fixtures.located(architecture, null);
		assertEquals(List.of(), rule.subjects(unfiled, Fixtures.context(AS_OF, Map.of())));
		// the folder is the loaded architecture's, never an option's
		assertEquals(List.of(), run(rule, unfiled, Fixtures.context(AS_OF, Map.of("root", temp.toString()))));
		LoadedArchitecture filed = Fixtures.located(architecture, temp);
		var context = RunContext.asOf(AS_OF);
		assertEquals(List.of(relativeToRecord, beside, fromRoot, missing), rule.subjects(filed, context));
		assertEquals(List.of("interfaces/missing.md: warning: interface 'missing' names the specification "
				+ "'../specs/gone.yaml', which does not exist (looked beside the record and in the folder root): fix "
				+ "the "
				+ "path (relative to the record), add the file, or give its URL"), run(rule, filed, context));
		assertTrue(InterfaceSpecificationRule.isUrl("urn:example:spec"));

		// an OpenAPI file that does not parse is reported at its own line; other formats are not parsed
		Fixtures.write(temp, "specs/broken.yaml", "openapi: 3.0.0\ninfo:\n  title: Broken\npaths:\n  /a: {get: [\n");
		Fixtures.write(temp, "specs/schema.graphql", "type Query {\n");
		Interface broken = named(MAKE.createInterface(), "interfaces", "broken");
		broken.setSpecification("../specs/broken.yaml");
		Interface graphql = named(MAKE.createInterface(), "interfaces", "graph");
		graphql.setSpecification("../specs/schema.graphql");
		graphql.setSpecificationFormat("graphql");
		Interface swagger = named(MAKE.createInterface(), "interfaces", "old");
		swagger.setSpecification("../specs/old.json");
		swagger.setSpecificationFormat("openapi");
		Fixtures.write(temp, "specs/old.json", "{\"swagger\": \"2.0\"}\n");
		architecture.getInterfaces().clear();
		architecture.getInterfaces().addAll(List.of(relativeToRecord, broken, graphql, swagger));
		List<String> findings = run(rule, filed, context);
		assertEquals(2, findings.size(), findings.toString());
		assertTrue(findings.get(0).startsWith(temp.resolve("specs/broken.yaml") + ":6: warning: the specification of "
				+ "interface 'broken' is not valid YAML or JSON: "), findings.get(0));
		assertTrue(findings.get(0).endsWith("(fix the syntax); the pack shows no operations until it parses"),
				findings.get(0));
		assertEquals(temp.resolve("specs/old.json") + ":1: warning: the specification of interface 'old' is not an "
				+ "OpenAPI 3 document: it has no openapi key (it is Swagger 2.0: convert it to OpenAPI 3, e.g. with "
				+ "swagger2openapi); the pack shows no operations until it parses", findings.get(1));
		assertTrue(!InterfaceSpecificationRule.isUrl("C:\\specs\\a.yaml"));
	}

	@Test
	void acceptedDecisionsNeedAnOutcomeAndConsequences() {
		Decision complete = decision(architecture, 1, "complete", DecisionStatus.ACCEPTED);
		complete.setOutcome("Chosen option: \"A\"");
		complete.setConsequences("* Good, because B");
		Decision noConsequences = decision(architecture, 2, "half", DecisionStatus.ACCEPTED);
		noConsequences.setOutcome("Chosen option: \"A\"");
		decision(architecture, 3, "empty", DecisionStatus.ACCEPTED);
		decision(architecture, 4, "proposal", DecisionStatus.PROPOSED);
		List<String> findings = run(new DecisionOutcomeRule(), architecture);
		assertEquals(List.of(
				"decisions/0002-half.md: warning: accepted decision '0002-half' has no consequences: list what becomes "
						+ "easier and harder under '### Consequences' (below the outcome)",
				"decisions/0003-empty.md: warning: accepted decision '0003-empty' has no outcome: write the chosen "
						+ "option and why under '## Decision Outcome'",
				"decisions/0003-empty.md: warning: accepted decision '0003-empty' has no consequences: list what "
						+ "becomes "
						+ "easier and harder under '### Consequences' (below the outcome)"),
				findings);
	}

	private static void supersede(Decision successor, Decision old, String note) {
		DecisionLink link = MAKE.createDecisionLink();
		link.setType(LinkType.SUPERSEDES);
		link.setTarget(old);
		link.setNote(note);
		successor.getLinks().add(link);
	}

	@Test
	void supersessionAgreesInBothDirections() {
		Decision old = decision(architecture, 1, "old", DecisionStatus.SUPERSEDED);
		Decision successor = decision(architecture, 2, "new", DecisionStatus.ACCEPTED);
		supersede(successor, old, null);
		old.getStatedSupersededBy().add(successor);
		assertEquals(List.of(), run(new SupersessionRule(), architecture), "consistent");

		Decision onlyStated = decision(architecture, 3, "claims", DecisionStatus.SUPERSEDED);
		onlyStated.getStatedSupersededBy().add(successor);
		Decision notStated = decision(architecture, 4, "unaware", DecisionStatus.ACCEPTED);
		supersede(successor, notStated, null);
		Decision orphan = decision(architecture, 5, "orphan", DecisionStatus.SUPERSEDED);
		Decision inPart = decision(architecture, 6, "in-part", DecisionStatus.ACCEPTED);
		supersede(successor, inPart, "in part");
		inPart.getStatedSupersededBy().add(successor);
		assertEquals(List.of(
				"decisions/0003-claims.md: warning: decision '0003-claims' says it is superseded by '0002-new', which "
						+ "does not say it supersedes it: add 'supersedes: [0003-claims]' to decisions/0002-new.md "
						+ "(baton supersede does both)",
				"decisions/0004-unaware.md: warning: 0002-new supersedes decision '0004-unaware', which does not say "
						+ "so: add 'superseded-by: [0002-new]' to it",
				"decisions/0004-unaware.md: warning: decision '0004-unaware' is superseded by 0002-new but its status "
						+ "is 'accepted': set 'status: superseded'",
				"decisions/0005-orphan.md: warning: decision '0005-orphan' has the status superseded but no decision "
						+ "supersedes it: add 'supersedes: [0005-orphan]' to its successor and 'superseded-by' here "
						+ "(baton supersede), or correct the status"),
				run(new SupersessionRule(), architecture));
	}

	@Test
	void unresolvedIdsAreReportedWithTheirKeyAndToken() {
		Component component = component("api");
		component.getDependsOn().add(unresolved(MAKE.createComponent(), "gone-service"));
		component.setOwner(team("team-a"));
		Decision decision = decision(architecture, 1, "a", DecisionStatus.ACCEPTED);
		DecisionLink link = MAKE.createDecisionLink();
		link.setType(LinkType.AMENDS);
		link.setTarget(unresolved(MAKE.createDecision(), "0099"));
		decision.getLinks().add(link);
		decision.getStatedSupersededBy().add(unresolved(MAKE.createDecision(), "0042"));
		assertEquals(List.of(
				"decisions/0001-a.md: warning: decision '0001-a' refers to '0042' in 'superseded-by', which does not "
						+ "exist: fix the id, or add the record it means",
				"decisions/0001-a.md: warning: decision '0001-a' refers to '0099' in 'amends', which does not exist: "
						+ "fix "
						+ "the id, or add the record it means",
				"components/api.md: warning: component 'api' refers to 'gone-service' in 'depends-on', which does not "
						+ "exist: fix the id, or add the record it means"),
				run(new UnresolvedReferenceRule(), architecture));
	}

	@Test
	void decisionNumbersAreUniqueWithinASet() {
		decision(architecture, 1, "a", DecisionStatus.ACCEPTED);
		decision(architecture, 2, "b", DecisionStatus.ACCEPTED);
		decision(architecture, 2, "c", DecisionStatus.ACCEPTED);
		var other = MAKE.createDecisionSet();
		other.setName("legacy");
		other.setPath("legacy");
		architecture.getDecisionSets().add(other);
		Decision elsewhere = named(MAKE.createDecision(), "legacy", "0001-x");
		elsewhere.setNumber(1);
		other.getDecisions().add(elsewhere);
		assertEquals(List.of(
				"decisions/0002-b.md: warning: decision '0002-b' has the number 2, like decisions/0002-c.md: give all "
						+ "but one of them the next free numbers (baton renumber)",
				"decisions/0002-c.md: warning: decision '0002-c' has the number 2, like decisions/0002-b.md: give all "
						+ "but one of them the next free numbers (baton renumber)"),
				run(new DuplicateNumberRule(), architecture));
	}

	@Test
	void proposedDecisionsMayWaitTheConfiguredDaysCountedToTheAsOfDate() {
		Decision fresh = decision(architecture, 1, "fresh", DecisionStatus.PROPOSED);
		fresh.setDate(AS_OF.minusDays(30));
		Decision old = decision(architecture, 2, "old", DecisionStatus.PROPOSED);
		old.setDate(AS_OF.minusDays(31));
		Decision undated = decision(architecture, 3, "undated", DecisionStatus.PROPOSED);
		undated.setDate(null);
		decision(architecture, 4, "accepted", DecisionStatus.ACCEPTED).setDate(AS_OF.minusYears(3));
		assertEquals(List.of(
				"decisions/0002-old.md: warning: decision '0002-old' has been proposed for 31 days (since 2026-10-28; "
						+ "at most 30, setting proposed-max-days): accept or reject it, or say in the record what it "
						+ "waits for",
				"decisions/0003-undated.md: info: proposed decision '0003-undated' has no date, so how long it has "
						+ "waited is unknown: add 'date: YYYY-MM-DD' (when it was proposed)"),
				run(new ProposedTooLongRule(), architecture));
		var longer = Fixtures.context(AS_OF, Map.of(ReadinessOptions.PROPOSED_MAX_DAYS, "31"));
		assertEquals(1, run(new ProposedTooLongRule(), architecture, longer).size());
		var earlier = Fixtures.context(AS_OF.minusDays(1), Map.of());
		assertEquals(1, run(new ProposedTooLongRule(), architecture, earlier).size(), "a day earlier it was not late");
	}

	@Test
	void recordsNeedARecentReview() {
		team("recent");
		team("stale").setLastReviewed(AS_OF.minusDays(366));
		team("edge").setLastReviewed(AS_OF.minusDays(365));
		team("never").setLastReviewed(null);
		assertEquals(List.of(
				"teams/stale.md: warning: team 'stale' was last reviewed 366 days ago (2025-11-27; at most 365, "
						+ "setting "
						+ "review-max-days): check that it still holds and update 'last-reviewed'",
				"teams/never.md: warning: team 'never' has never been reviewed: check that it still holds and add "
						+ "'last-reviewed: YYYY-MM-DD'"),
				run(new ReviewOverdueRule(), architecture));
		var strict = Fixtures.context(AS_OF, Map.of(ReadinessOptions.REVIEW_MAX_DAYS, "5"));
		assertEquals(4, run(new ReviewOverdueRule(), architecture, strict).size());
	}

	private Technology technology(String id, LocalDate endOfLife) {
		Technology technology = named(MAKE.createTechnology(), "technologies", id);
		technology.setVersion("1");
		technology.setEndOfLife(endOfLife);
		architecture.getTechnologies().add(technology);
		return technology;
	}

	@Test
	void technologiesPastOrNearTheirEndOfLife() {
		Technology past = technology("past", AS_OF);
		component("user").getTechnologies().add(past);
		technology("near", AS_OF.plusDays(180));
		technology("far", AS_OF.plusDays(181));
		technology("unknown", null);
		technology("gone", AS_OF.minusYears(2)).setLifecycle("retired");
		List<String> findings = run(new EndOfLifeRule(), architecture);
		assertEquals(List.of(
				"technologies/past.md: warning: technology 'past' (version 1) reached its end of life on 2026-11-28, "
						+ "used by user: plan the upgrade (a work item or a risk) and record it, or set 'lifecycle: "
						+ "retired' once it is gone",
				"technologies/near.md: warning: technology 'near' (version 1) reaches its end of life in 180 days, on "
						+ "2027-05-27 (setting eol-warning-days: 180): plan the upgrade and record it as a work item",
				"technologies/unknown.md: info: technology 'unknown' (version 1) has no end-of-life date: add "
						+ "'end-of-life: YYYY-MM-DD' (see the vendor's support policy or endoflife.date)"),
				findings);
	}

	@Test
	void contractsRenewingWithinNinetyDays() {
		Contract soon = named(MAKE.createContract(), "contracts", "soon");
		soon.setVendor("Routefinder Ltd");
		soon.setRenewalDate(AS_OF.plusDays(64));
		soon.setNoticePeriodDays(60);
		soon.setAutoRenews(true);
		Contract late = named(MAKE.createContract(), "contracts", "late");
		late.setRenewalDate(AS_OF.plusDays(30));
		late.setNoticePeriodDays(60);
		Contract later = named(MAKE.createContract(), "contracts", "later");
		later.setRenewalDate(AS_OF.plusDays(91));
		Contract lapsed = named(MAKE.createContract(), "contracts", "lapsed");
		lapsed.setRenewalDate(AS_OF.minusDays(1));
		architecture.getContracts().addAll(List.of(soon, late, later, lapsed));
		assertEquals(List.of(
				"contracts/soon.md: warning: contract 'soon' (Routefinder Ltd) renews on 2027-01-31, in 64 days, "
						+ "automatically; notice is due by 2026-12-02: decide whether to renew, and who gives notice "
						+ "or signs",
				"contracts/late.md: warning: contract 'late' renews on 2026-12-28, in 30 days; the notice deadline "
						+ "passed on 2026-10-29: decide whether to renew, and who gives notice or signs",
				"contracts/lapsed.md: warning: contract 'lapsed' had its renewal date on 2026-11-27: record the "
						+ "current "
						+ "term's renewal date, or end the contract's record"),
				run(new ContractRenewalRule(), architecture));
	}

	@Test
	void accessItemsNeedHoldersARotationAndTimelyRotation() {
		AccessItem good = named(MAKE.createAccessItem(), "access", "good");
		good.getHolders().add(team("ops"));
		good.setRotation("on every change of holder");
		AccessItem bare = named(MAKE.createAccessItem(), "access", "bare");
		AccessItem overdue = named(MAKE.createAccessItem(), "access", "overdue");
		overdue.getHolders().add(team("dev"));
		overdue.setRotationDays(90);
		overdue.setLastRotated(AS_OF.minusDays(91));
		architecture.getAccessItems().addAll(List.of(good, bare, overdue));
		assertEquals(List.of(
				"access/bare.md: warning: access item 'bare' names no holder: add 'holders: [<person or team id>]' "
						+ "(who "
						+ "can use or recover it)",
				"access/bare.md: warning: access item 'bare' says nothing about rotation: add 'rotation: every 90 "
						+ "days' "
						+ "(or 'rotation-days: 90', or 'rotation: on every change of holder')",
				"access/overdue.md: warning: access item 'overdue' was last rotated on 2026-08-29 and is rotated every "
						+ "90 "
						+ "days, so it was due on 2026-11-27: rotate it and update 'last-rotated'"),
				run(new AccessItemRule(), architecture));
	}

	@Test
	void openRisksNeedAnOwnerAndAMitigation() {
		Risk good = named(MAKE.createRisk(), "risks", "good");
		good.setOwner(team("owners"));
		good.setMitigation("Second person trained.");
		Risk bare = named(MAKE.createRisk(), "risks", "bare");
		Risk closed = named(MAKE.createRisk(), "risks", "closed");
		closed.setStatus("closed");
		architecture.getRisks().addAll(List.of(good, bare, closed));
		assertEquals(List.of(
				"risks/bare.md: warning: risk 'bare' has no owner: add 'owner: <person or team id>' naming who watches "
						+ "it",
				"risks/bare.md: warning: risk 'bare' has no mitigation: say under '## Mitigation' what reduces it, or "
						+ "why "
						+ "it is accepted"),
				run(new RiskRule(), architecture));
	}

	@Test
	void everyHandoverSectionNeedsRecords() {
		List<String> empty = run(new HandoverContentRule(), architecture);
		assertEquals(18, empty.size());
		assertEquals(
				"warning: handover section 7. Vendors, contracts, licences has no records: add records to contracts/",
				empty.get(6));
		assertEquals("warning: handover section 10. On-call and incident history has no records: add records to "
				+ "on-call/ or incidents/", empty.get(9));
		architecture.getContracts().add(named(MAKE.createContract(), "contracts", "c"));
		decision(architecture, 1, "pending", DecisionStatus.PROPOSED);
		List<String> fewer = run(new HandoverContentRule(), architecture);
		assertEquals(15, fewer.size(), "contracts, the decision history and the current state have content");
		assertTrue(fewer.stream().noneMatch(f -> f.contains(" " + HandoverSection.CURRENT_STATE + " ")),
				fewer.toString());
	}

	@Test
	void everyRuleDeclaresItsPropertiesAndTheBuiltInsAreComplete() {
		List<String> ids = BuiltInRules.contributions().stream().map(c -> c.id()).toList();
		assertEquals(List.of("access-holder-rotation", "component-owner", "contract-renewal", "credential-in-text",
				"decision-outcome", "duplicate-decision-number", "handover-section-content", "interface-described",
				"interface-specification", "proposed-too-long", "review-overdue", "risk-owner-mitigation",
				"supersession",
				"technology-end-of-life", "unresolved-reference"), ids);
		// as the component property type writes them: the enum's name, the section as a number (0: none)
		assertEquals("ERROR", BuiltInRules.contributions().get(3).property("baton.severity"));
		assertEquals(3, BuiltInRules.contributions().get(1).properties().get("baton.section"));
		assertEquals(0, BuiltInRules.contributions().get(3).properties().get("baton.section"));
	}

	/** A rule written without its declaration is refused at once, naming what to add. */
	static final class Undeclared extends RuleSupport<Object> {

		@Override
		public List<Object> subjects(Architecture architecture, RunContext context) {
			return List.of();
		}

		@Override
		protected void check(Object subject, RunContext context, Report report) {
		}
	}

	@Test
	void aRuleWithoutItsServiceDeclarationIsRefused() {
		IllegalStateException refused = assertThrows(IllegalStateException.class, Undeclared::new);
		assertTrue(refused.getMessage().endsWith("Undeclared has no @ReadinessRuleService: declare its id, label, "
				+ "severity and section there"), refused.getMessage());
	}
}
