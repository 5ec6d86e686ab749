package dev.baton.generator;

import static dev.baton.generator.Generation.FACTORY;
import static dev.baton.generator.Generation.any;
import static dev.baton.generator.Vocabulary.pick;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.baton.model.Component;
import dev.baton.model.ControlStatus;
import dev.baton.model.DeliveryProcess;
import dev.baton.model.EscalationStep;
import dev.baton.model.Incident;
import dev.baton.model.OnCallRotation;
import dev.baton.model.Person;
import dev.baton.model.Repository;
import dev.baton.model.Runbook;
import dev.baton.model.SecurityControl;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;

/** Runbooks, on-call rotations, incidents, security controls and delivery processes. */
final class Operations {

	/** Runbook kind, title (a system title goes in) and steps. */
	private static final String[][] RUNBOOKS = {
			{ "deploy", "Deploy a service of %s",
					"1. Merge to main; the pipeline builds the image and deploys to staging.\n2. Check the smoke tests "
							+ "of the staging run.\n3. Approve the production job and watch the dashboard for 15 "
							+ "minutes." },
			{ "rollback", "Roll back a release of %s",
					"1. Find the last good version in the deploy history.\n2. Run the deploy job with that "
							+ "version.\n3. Tell the support team in the incident channel." },
			{ "backup", "Check the backups of %s",
					"1. Open the backup report of the night.\n2. Check that every database has a snapshot younger than "
							+ "24 hours." },
			{ "restore", "Restore a database of %s",
					"1. Pick the snapshot in the cloud console.\n2. Restore it to a new instance.\n3. Point the "
							+ "service to the new instance and restart it." },
			{ "disaster-recovery", "Recover %s in the second region",
					"1. Declare the disaster in the incident channel.\n2. Apply the infrastructure code to the second "
							+ "region.\n3. Restore the databases from the replicated snapshots." },
			{ "job", "Rerun the nightly jobs of %s",
					"1. Open the scheduler.\n2. Rerun the failed job for the failed day only." },
			{ "dashboard", "Read the dashboards of %s",
					"Start with the overview board; every panel links to the runbook of its alert." },
			{ "alert", "Respond to alerts from %s",
					"1. Acknowledge the page.\n2. Follow the runbook linked from the alert.\n3. Escalate after 15 "
							+ "minutes without progress." } };

	/** Incident symptom, root cause (a component title goes in) and follow-ups. */
	private static final String[][] INCIDENTS = {
			{ "outage after a certificate expired",
					"The certificate of %s expired. Renewal was a manual task with no reminder.",
					"renew certificates automatically", "alert 30 days before a certificate expires" },
			{ "slow responses during the peak sale", "The connection pool of %s was too small for the peak load.",
					"load test before every sale", "size the pool from the load test" },
			{ "errors after a configuration change", "A configuration change to %s reached production without review.",
					"review configuration changes like code", "add a canary step to the pipeline" },
			{ "delayed data after a queue backlog", "A consumer of %s stopped at a message it could not parse.",
					"move unreadable messages to a dead-letter queue", "alert on consumer lag" },
			{ "failed deploy rolled back by hand", "A database migration of %s locked a large table.",
					"run migrations in small batches", "test migrations on a copy of production" } };

	/** Security control title, kind, framework, evidence. */
	private static final String[][] CONTROLS = {
			{ "Encrypted backups", "control", "ISO 27001", "Backup job logs and the key policy" },
			{ "Personal data register", "compliance", "GDPR", "Register of processing in the legal wiki" },
			{ "Card data kept out of scope", "compliance", "PCI DSS", "Attestation of the payment provider" },
			{ "Single sign-on for internal tools", "control", "SOC 2", "Audit log of the identity provider" },
			{ "Dependency scanning in CI", "control", "SOC 2", "Scanner reports of the pipeline" },
			{ "Quarterly access reviews", "control", "ISO 27001", "Review tickets in the tracker" } };

	private final Generation generation;
	private final SplittableRandom random;

	Operations(Generation generation, SplittableRandom random) {
		this.generation = generation;
		this.random = random;
	}

	void generate() {
		int decisions = generation.options.decisions();
		int runbooks = Math.max(RUNBOOKS.length, generation.options.components() / 10);
		for (int i = 0; i < runbooks; i++) {
			runbook(i);
		}
		int teams = generation.teams.size();
		for (int t = 0; t < teams; t += 5) {
			rotation(generation.teams.get(t));
		}
		for (int i = 0; i < Math.max(2, decisions / 50); i++) {
			incident();
		}
		for (int i = 0; i < Math.min(CONTROLS.length, Math.max(2, decisions / 100)); i++) {
			control(CONTROLS[i]);
		}
		generation.systems.forEach(this::delivery);
	}

	private void runbook(int index) {
		String[] template = RUNBOOKS[index % RUNBOOKS.length];
		int systems = generation.systems.size();
		SoftwareSystem system = generation.systems.get(index / RUNBOOKS.length % systems);
		int round = index / (RUNBOOKS.length * systems);
		String title = String.format(Locale.ROOT, template[1], system.getTitle())
				+ (round == 0 ? "" : ", part " + (round + 1));
		Runbook runbook =
				generation.record(FACTORY.createRunbook(), random, Vocabulary.slug(title), title, template[2]);
		runbook.setKind(template[0]);
		runbook.getApplies().add(system);
		runbook.setLastTested(generation.asOf().minusDays(random.nextInt(500)));
		if (template[0].equals("job")) {
			runbook.setSchedule("daily at 02:00");
		}
		if (template[0].equals("dashboard") || template[0].equals("alert")) {
			runbook.setDashboard("https://grafana.example.com/d/" + Vocabulary.slug(system.getTitle()));
		}
		runbook.setOwner(system.getOwner());
		generation.architecture.getRunbooks().add(runbook);
		generation.runbooks.add(runbook);
	}

	private void rotation(Team team) {
		OnCallRotation rotation = generation.record(FACTORY.createOnCallRotation(), random,
				"on-call-" + team.getId().replace("team-", ""), team.getTitle() + " on-call",
				"One engineer a week. Other teams are second line in office hours.");
		rotation.setTeam(team);
		rotation.setSchedule("weekly, handover Mondays 10:00");
		rotation.setTool(random.nextBoolean() ? "PagerDuty" : "Opsgenie");
		List<Person> members = generation.members(team);
		step(rotation, 1, members.get(members.size() - 1), 0, "primary on-call");
		step(rotation, 2, team.getLead(), 15, "team lead");
		if (team.getLead() != generation.people.get(0)) {
			step(rotation, 3, generation.people.get(0), 45, "head of engineering");
		}
		for (SoftwareSystem system : generation.systems) {
			if (system.getOwner() == team) {
				rotation.getCovers().add(system);
			}
		}
		if (rotation.getCovers().isEmpty()) {
			rotation.getCovers().add(any(random, generation.systems));
		}
		rotation.setOwner(team.getLead());
		generation.architecture.getOnCallRotations().add(rotation);
	}

	private static void step(OnCallRotation rotation, int level, Person contact, int afterMinutes, String note) {
		EscalationStep step = FACTORY.createEscalationStep();
		step.setLevel(level);
		step.setContact(contact);
		step.setAfterMinutes(afterMinutes);
		step.setNote(note);
		rotation.getEscalation().add(step);
	}

	private void incident() {
		String[] template = INCIDENTS[random.nextInt(INCIDENTS.length)];
		Component component = generation.componentForTitle(random, "%s " + template[0]);
		String title = component.getTitle() + " " + template[0];
		int minutes = 20 + random.nextInt(240);
		Incident incident = generation.record(FACTORY.createIncident(), random, Vocabulary.slug(title), title,
				"The incident lasted " + minutes + " minutes. Customers of the " + component.getSystem().getTitle()
						+ " system saw errors or delays.");
		incident.setDate(generation.asOf().minusDays(random.nextInt(730)));
		incident.setSeverity("sev" + (1 + random.nextInt(3)));
		incident.setStatus(random.nextInt(5) == 0 ? "monitoring" : "closed");
		incident.getAffects().add(component);
		incident.setPostmortem("https://wiki.example.com/postmortems/" + incident.getId());
		incident.setRootCause(String.format(Locale.ROOT, template[1], component.getTitle()));
		incident.getFollowUps().add(template[2]);
		incident.getFollowUps().add(template[3]);
		incident.setOwner(component.getOwner());
		incident.setLastReviewed(generation.reviewedSince(random, incident.getDate()));
		generation.architecture.getIncidents().add(incident);
	}

	private void control(String[] template) {
		SecurityControl control = generation.record(FACTORY.createSecurityControl(), random,
				Vocabulary.slug(template[0]), template[0],
				"Required by " + template[2] + ". The evidence is collected before every audit.");
		control.setKind(template[1]);
		control.setFramework(template[2]);
		control.setStatus(pick(random, new ControlStatus[] { ControlStatus.IMPLEMENTED, ControlStatus.IMPLEMENTED,
				ControlStatus.PARTIAL, ControlStatus.PLANNED, ControlStatus.MISSING }));
		control.setEvidence(template[3]);
		control.getCovers().addAll(Generation.some(random, generation.components, 1 + random.nextInt(3)));
		control.setOwner(any(random, generation.people));
		generation.architecture.getSecurityControls().add(control);
	}

	private void delivery(SoftwareSystem system) {
		String title = "How " + system.getTitle() + " reaches production";
		DeliveryProcess delivery = generation.record(FACTORY.createDeliveryProcess(), random,
				Vocabulary.slug(system.getTitle() + " delivery"), title,
				"Every component has its own repository with the same pipeline template.");
		int first = generation.systems.indexOf(system) * 100;
		List<Component> components = generation.components.subList(first,
				Math.min(generation.components.size(), first + 3));
		for (Component component : components) {
			Repository repository = FACTORY.createRepository();
			repository.setName(component.getId());
			repository.setUrl(component.getRepository());
			repository.setDefaultBranch("main");
			repository.getComponents().add(component);
			delivery.getRepositories().add(repository);
		}
		delivery.setBranching(random.nextBoolean() ? "trunk-based with feature flags" : "GitFlow");
		delivery.getPipelines().add("GitHub Actions build and test");
		delivery.getPipelines().add("Argo CD deploy");
		delivery.setRelease(
				"Merges to main deploy to staging automatically. Production needs one approval in the pipeline run."
						+ "\n\nMobile apps ship through the app stores every two weeks.");
		delivery.setSetup(
				"Install Java 21, Node 20 and Docker. The make target dev starts a service with its database in "
						+ "Docker.");
		delivery.setOwner(system.getOwner());
		generation.architecture.getDeliveryProcesses().add(delivery);
	}
}
