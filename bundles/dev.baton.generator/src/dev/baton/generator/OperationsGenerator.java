package dev.baton.generator;

import static dev.baton.generator.Vocabulary.pick;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import dev.baton.model.AcceptanceCheck;
import dev.baton.model.AccessItem;
import dev.baton.model.Account;
import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.CheckStatus;
import dev.baton.model.Commitment;
import dev.baton.model.Component;
import dev.baton.model.ControlStatus;
import dev.baton.model.Contract;
import dev.baton.model.CostItem;
import dev.baton.model.DataFlow;
import dev.baton.model.DeliveryProcess;
import dev.baton.model.Environment;
import dev.baton.model.EscalationStep;
import dev.baton.model.FirstWeekAction;
import dev.baton.model.GlossaryTerm;
import dev.baton.model.HandoverScope;
import dev.baton.model.Incident;
import dev.baton.model.Level;
import dev.baton.model.OnCallRotation;
import dev.baton.model.OpenQuestion;
import dev.baton.model.Record;
import dev.baton.model.Repository;
import dev.baton.model.Risk;
import dev.baton.model.RiskKind;
import dev.baton.model.Runbook;
import dev.baton.model.SecurityControl;
import dev.baton.model.WorkItem;
import dev.baton.model.WorkStatus;

/** The operational records of a generated architecture: every kind beyond decisions and structure. */
final class OperationsGenerator {

	private static final BatonFactory F = BatonFactory.eINSTANCE;

	private final ArchitectureGenerator generator;
	private final SplittableRandom random;
	private final Architecture architecture;
	private final ArchitectureGenerator.Options options;

	OperationsGenerator(ArchitectureGenerator generator, SplittableRandom random, Architecture architecture,
			ArchitectureGenerator.Options options) {
		this.generator = generator;
		this.random = random;
		this.architecture = architecture;
		this.options = options;
	}

	private <T extends Record> T named(T record, String id, String title) {
		record.setId(id);
		record.setTitle(title);
		record.setDescription(title + ", generated for the benchmark.");
		record.setLastReviewed(options.asOf().minusDays(random.nextInt(500)));
		return record;
	}

	private Component component() {
		return generator.components.get(random.nextInt(generator.components.size()));
	}

	void generate() {
		int scale = Math.max(1, options.decisions() / 20);
		Account[] accounts = new Account[2];
		for (int i = 0; i < 2; i++) {
			Account account = named(F.createAccount(), "account-" + (i + 1), (i == 0 ? "Cloud" : "Source hosting") + " account");
			account.setProvider(i == 0 ? "AWS" : "GitHub");
			account.setAccountId(i == 0 ? "1234-5678-90" + i : "example-org");
			account.setOwner(generator.teams.get(0));
			account.setRootHeldBy(generator.people.get(0));
			architecture.getAccounts().add(account);
			accounts[i] = account;
		}
		String[] stages = { "production", "staging", "development" };
		for (String stage : stages) {
			Environment environment = named(F.createEnvironment(), "env-" + stage, capitalise(stage));
			environment.setStage(stage);
			environment.setUrl("https://" + stage + ".example.com");
			environment.setAccount(accounts[0]);
			environment.setRegion("eu-west-1");
			architecture.getEnvironments().add(environment);
		}
		for (Component component : generator.components) {
			component.getEnvironments().add(architecture.getEnvironments().get(0));
		}
		for (int i = 0; i < Math.max(1, scale / 2); i++) {
			DataFlow flow = named(F.createDataFlow(), "flow-" + (i + 1), "Data flow " + (i + 1));
			flow.setSource(component());
			flow.setTarget(component());
			flow.setVia(generator.interfaces.get(random.nextInt(generator.interfaces.size())));
			flow.setData(pick(random, Vocabulary.PURPOSES));
			flow.setClassification(random.nextBoolean() ? "personal" : "internal");
			architecture.getDataFlows().add(flow);
		}
		for (int i = 0; i < scale; i++) {
			Risk risk = named(F.createRisk(), "risk-" + (i + 1), "Risk " + (i + 1) + " in " + pick(random, Vocabulary.AREAS));
			risk.setKind(i % 3 == 0 ? RiskKind.TECHNICAL_DEBT : RiskKind.RISK);
			risk.setLikelihood(Level.get(1 + random.nextInt(4)));
			risk.setImpact(Level.get(1 + random.nextInt(4)));
			risk.setStatus("open");
			risk.setOwner(generator.teams.get(random.nextInt(generator.teams.size())));
			risk.getAffects().add(component());
			risk.setMitigation("Add monitoring and a fallback for " + pick(random, Vocabulary.PURPOSES) + ".");
			if (random.nextBoolean()) {
				risk.setMitigationTried("A retry policy, which reduced but did not remove the failures.");
			}
			architecture.getRisks().add(risk);
		}
		for (int i = 0; i < Math.max(1, scale / 2); i++) {
			Contract contract = named(F.createContract(), "contract-" + (i + 1), "Vendor contract " + (i + 1));
			contract.setVendor("Vendor " + (i + 1) + " Ltd");
			contract.setService(pick(random, Vocabulary.TECHNOLOGIES) + " support");
			contract.setOwner(generator.people.get(random.nextInt(generator.people.size())));
			contract.setStartDate(options.asOf().minusDays(365 + random.nextInt(700)));
			contract.setRenewalDate(options.asOf().plusDays(random.nextInt(400)));
			contract.setNoticePeriodDays(30 + 30 * random.nextInt(3));
			contract.setAutoRenews(random.nextBoolean());
			contract.setCost(BigDecimal.valueOf(1000 + random.nextInt(50000), 0));
			contract.setCurrency("EUR");
			contract.setBillingPeriod("year");
			contract.setSla("99.9%");
			architecture.getContracts().add(contract);
			CostItem cost = named(F.createCostItem(), "cost-" + (i + 1), "Cost line " + (i + 1));
			cost.setAmount(BigDecimal.valueOf(100 + random.nextInt(9000), 0));
			cost.setCurrency("EUR");
			cost.setPeriod("month");
			cost.setBudget(cost.getAmount().add(BigDecimal.valueOf(500)));
			cost.setCategory(i % 2 == 0 ? "cloud" : "saas");
			cost.setAccount(accounts[0]);
			cost.setContract(contract);
			cost.setOwner(contract.getOwner());
			architecture.getCostItems().add(cost);
			AccessItem access = named(F.createAccessItem(), "access-" + (i + 1), "Admin login " + (i + 1));
			access.setKind(i % 2 == 0 ? "admin login" : "API key");
			access.setGrants(accounts[i % 2]);
			access.setLocation("vault:/platform/access-" + (i + 1));
			access.getHolders().add(generator.people.get(random.nextInt(generator.people.size())));
			access.setRotation("every 90 days");
			access.setRotationDays(90);
			access.setLastRotated(options.asOf().minusDays(random.nextInt(120)));
			access.setBreakGlass(i == 0);
			architecture.getAccessItems().add(access);
		}
		operations(scale);
		handover(scale);
	}

	private void operations(int scale) {
		String[] kinds = { "deploy", "rollback", "restore", "disaster-recovery", "job", "alert" };
		Runbook first = null;
		for (int i = 0; i < Math.max(kinds.length, scale / 2); i++) {
			Runbook runbook = named(F.createRunbook(), "runbook-" + (i + 1), capitalise(kinds[i % kinds.length]) + " runbook " + (i + 1));
			runbook.setKind(kinds[i % kinds.length]);
			runbook.getApplies().add(component());
			runbook.setLastTested(options.asOf().minusDays(random.nextInt(300)));
			runbook.setOwner(generator.teams.get(random.nextInt(generator.teams.size())));
			runbook.setDescription("1. Check the dashboard.\n2. Run the pipeline.\n3. Verify the health checks.");
			architecture.getRunbooks().add(runbook);
			first = first == null ? runbook : first;
		}
		OnCallRotation rotation = named(F.createOnCallRotation(), "on-call-primary", "Primary on-call");
		rotation.setTeam(generator.teams.get(0));
		rotation.setSchedule("weekly, Monday 09:00");
		rotation.setTool("PagerDuty");
		for (int level = 1; level <= 3; level++) {
			EscalationStep step = F.createEscalationStep();
			step.setLevel(level);
			step.setContact(generator.people.get((level - 1) % generator.people.size()));
			step.setAfterMinutes(level * 15);
			step.setNote("level " + level);
			rotation.getEscalation().add(step);
		}
		architecture.getOnCallRotations().add(rotation);
		for (int i = 0; i < Math.max(1, scale / 2); i++) {
			Incident incident = named(F.createIncident(), "incident-" + (i + 1), "Outage " + (i + 1) + " of " + pick(random, Vocabulary.AREAS));
			incident.setDate(options.asOf().minusDays(random.nextInt(700)));
			incident.setSeverity("sev" + (1 + random.nextInt(3)));
			incident.setStatus("closed");
			incident.getAffects().add(component());
			incident.setRootCause("A configuration change reached production without review.");
			incident.getFollowUps().add("add a review step to the pipeline");
			incident.getFollowUps().add("alert on error rate");
			architecture.getIncidents().add(incident);
		}
		SecurityControl control = named(F.createSecurityControl(), "control-backups", "Encrypted backups");
		control.setKind("control");
		control.setFramework("ISO 27001");
		control.setStatus(ControlStatus.PARTIAL);
		control.setEvidence("Backup job logs");
		control.getCovers().add(component());
		architecture.getSecurityControls().add(control);
		DeliveryProcess delivery = named(F.createDeliveryProcess(), "delivery-main", "How code reaches production");
		Repository repository = F.createRepository();
		repository.setName("platform");
		repository.setUrl("https://git.example.com/platform");
		repository.setDefaultBranch("main");
		repository.getComponents().add(generator.components.get(0));
		delivery.getRepositories().add(repository);
		delivery.setBranching("trunk-based");
		delivery.getPipelines().add("https://ci.example.com/platform");
		delivery.setRelease("Every merge to main is deployed to staging, then promoted.");
		delivery.setSetup("Clone the repository and run the build script.");
		architecture.getDeliveryProcesses().add(delivery);
		GlossaryTerm term = named(F.createGlossaryTerm(), "term-consignment", "Consignment");
		term.getAliases().add("shipment");
		architecture.getGlossaryTerms().add(term);
	}

	private void handover(int scale) {
		for (int i = 0; i < Math.max(1, scale / 4); i++) {
			OpenQuestion question = named(F.createOpenQuestion(), "question-" + (i + 1), "Open question " + (i + 1));
			question.setStatus("open");
			question.setRaised(options.asOf().minusDays(random.nextInt(90)));
			question.setDue(options.asOf().plusDays(random.nextInt(90)));
			question.getAffects().add(component());
			architecture.getOpenQuestions().add(question);
			WorkItem work = named(F.createWorkItem(), "work-" + (i + 1), "Work in flight " + (i + 1));
			work.setStatus(WorkStatus.get(random.nextInt(4)));
			work.setDue(options.asOf().plusDays(random.nextInt(120)));
			work.setTracker("https://tracker.example.com/W-" + (i + 1));
			work.getAffects().add(component());
			architecture.getWorkItems().add(work);
		}
		Commitment commitment = named(F.createCommitment(), "commitment-sla", "99.9% availability for key customers");
		commitment.setMadeTo("Key customers");
		commitment.setAudience("customer");
		commitment.setDue(options.asOf().plusDays(180));
		commitment.setStatus("on track");
		architecture.getCommitments().add(commitment);
		HandoverScope scope = named(F.createHandoverScope(), "handover", "Handover of the platform");
		scope.getFrom().add(generator.people.get(0));
		scope.getTo().add(generator.teams.get(generator.teams.size() - 1));
		scope.setHandoverDate(options.asOf().plusDays(60));
		scope.setSupportUntil(options.asOf().plusDays(150));
		scope.getIncludes().add(architecture.getSystems().get(0));
		scope.getExcluded().add("the legacy data warehouse");
		architecture.getHandoverScopes().add(scope);
		String[] checks = { "deploy", "rollback", "restore", "paged" };
		for (int i = 0; i < checks.length; i++) {
			AcceptanceCheck check = named(F.createAcceptanceCheck(), "check-" + checks[i], "The new team can " + checks[i]);
			check.setKind(checks[i]);
			check.setStatus(i == 0 ? CheckStatus.PASSED : CheckStatus.PENDING);
			check.setRunbook(architecture.getRunbooks().get(i % architecture.getRunbooks().size()));
			architecture.getAcceptanceChecks().add(check);
		}
		FirstWeekAction action = named(F.createFirstWeekAction(), "first-week-deploy", "Deploy a change on day one");
		action.setDay(1);
		action.getChecks().add(architecture.getAcceptanceChecks().get(0));
		action.setOwner(generator.teams.get(generator.teams.size() - 1));
		architecture.getFirstWeekActions().add(action);
	}

	private static String capitalise(String text) {
		return ArchitectureGenerator.capitalise(text);
	}
}
