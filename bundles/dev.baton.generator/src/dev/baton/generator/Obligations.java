package dev.baton.generator;

import static dev.baton.generator.Generation.FACTORY;
import static dev.baton.generator.Generation.any;
import static dev.baton.generator.Vocabulary.pick;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.baton.model.AccessItem;
import dev.baton.model.Account;
import dev.baton.model.Component;
import dev.baton.model.Contract;
import dev.baton.model.CostItem;
import dev.baton.model.Level;
import dev.baton.model.Person;
import dev.baton.model.Risk;
import dev.baton.model.RiskKind;

/** Risks and technical debt, vendor contracts with their contacts, costs, and access. */
final class Obligations {

	/** Risk and debt titles (a component title goes in), and the mitigation of each. */
	private static final String[][] RISKS = {
			{ "%s is a single point of failure",
					"Run a second instance in another availability zone and test the failover every quarter." },
			{ "Only one person can restore %s", "Pair the receiving team on a restore drill in the first week." },
			{ "Certificates of %s are renewed by hand", "Move the certificates to the managed certificate service." },
			{ "%s has no rate limiting", "Add rate limits at the gateway and alert on rejected requests." } };

	private static final String[][] DEBTS = {
			{ "%s still writes to the old schema",
					"Migrate the remaining tables in small steps behind a feature flag." },
			{ "%s has no automated tests for its import", "Add contract tests before the next change to the import." },
			{ "%s is built by a copied pipeline", "Move the build to the shared pipeline template." } };

	/** Vendor, short name, service, SLA. */
	private static final String[][] VENDORS = {
			{ "Amazon Web Services EMEA SARL", "aws", "AWS with Business support", "AWS service terms" },
			{ "GitHub Inc", "github", "GitHub Enterprise Cloud", "99.9% uptime" },
			{ "PagerDuty Inc", "pagerduty", "PagerDuty Business", "99.9% uptime" },
			{ "Datadog Inc", "datadog", "Datadog Pro", "99.8% uptime" },
			{ "Atlassian", "atlassian", "Jira Software Cloud", "99.9% uptime" },
			{ "Stripe Payments Europe", "stripe", "Card payments", "99.99% uptime" },
			{ "Twilio Ireland", "twilio", "SMS notifications", "99.95% uptime" },
			{ "Cloudflare", "cloudflare", "CDN and DNS", "100% uptime" } };

	private final Generation generation;
	private final SplittableRandom random;
	private final List<Contract> contracts = new ArrayList<>();

	Obligations(Generation generation, SplittableRandom random) {
		this.generation = generation;
		this.random = random;
	}

	void generate() {
		int decisions = generation.options.decisions();
		int risks = Math.max(2, decisions / 20);
		for (int i = 0; i < risks; i++) {
			risk(i % 3 == 1);
		}
		int vendors = Math.min(VENDORS.length, Math.max(2, decisions / 100));
		for (int i = 0; i < vendors; i++) {
			contract(VENDORS[i]);
		}
		for (Account account : generation.accounts) {
			cost(account.getTitle().replace(" account", " spend"), "cloud", account, contracts.get(0));
			access(account.getId() + "-root", "Root login of the " + account.getTitle(), "root login", account, true);
		}
		for (Contract contract : contracts.subList(1, contracts.size())) {
			cost(contract.getService(), "saas", null, contract);
			access(contract.getId().replace("contract-", "") + "-admin", contract.getService() + " admin login",
					"admin login", null, false);
		}
	}

	private void risk(boolean debt) {
		String[] template = debt ? DEBTS[random.nextInt(DEBTS.length)] : RISKS[random.nextInt(RISKS.length)];
		Component component = generation.componentForTitle(random, template[0]);
		String title = String.format(Locale.ROOT, template[0], component.getTitle());
		Risk risk = generation.record(FACTORY.createRisk(), random, Vocabulary.slug(title), title,
				debt ? "Accepted to meet a deadline. It slows every change to " + component.getTitle() + "."
						: "Raised in the last architecture review. If it happens, " + component.getTitle()
								+ " is unavailable until someone who knows it steps in.");
		risk.setKind(debt ? RiskKind.TECHNICAL_DEBT : RiskKind.RISK);
		risk.setLikelihood(Level.get(1 + random.nextInt(4)));
		risk.setImpact(Level.get(1 + random.nextInt(4)));
		risk.setStatus(pick(random, new String[] { "open", "open", "mitigating", "accepted", "closed" }));
		risk.setOwner(component.getOwner());
		risk.getAffects().add(component);
		risk.setMitigation(template[1]);
		if (random.nextInt(3) == 0) {
			risk.setMitigationTried(
					"A retry policy was added last year. It reduced the failures but did not remove them.");
		}
		generation.architecture.getRisks().add(risk);
	}

	private void contract(String[] vendor) {
		Contract contract = generation.record(FACTORY.createContract(), random, "contract-" + vendor[1], vendor[2],
				"The " + vendor[2] + " contract with " + vendor[0]
						+ ". Renewal needs the approval of the finance team.");
		contract.setVendor(vendor[0]);
		contract.setService(vendor[2]);
		contract.setOwner(any(random, generation.people));
		contract.setStartDate(generation.asOf().minusDays(365 + random.nextInt(2000)));
		contract.setRenewalDate(generation.asOf().plusDays(random.nextInt(430) - 30));
		contract.setNoticePeriodDays(30 * (1 + random.nextInt(3)));
		contract.setAutoRenews(random.nextBoolean());
		contract.setCost(BigDecimal.valueOf(100L * (1200 + random.nextInt(120_000)), 2));
		contract.setCurrency("EUR");
		contract.setBillingPeriod("year");
		contract.setSla(vendor[3]);
		contract.setVendorContact(vendorContact(vendor));
		if (vendor[1].equals("aws")) {
			contract.getCovers().addAll(generation.accounts);
		} else {
			contract.getCovers().addAll(Generation.some(random, generation.systems, 1 + random.nextInt(2)));
		}
		generation.architecture.getContracts().add(contract);
		contracts.add(contract);
	}

	private Person vendorContact(String[] vendor) {
		String name = pick(random, Vocabulary.FIRST) + " " + pick(random, Vocabulary.LAST);
		Person person = generation.record(FACTORY.createPerson(), random, Vocabulary.slug(name), name,
				"Account manager at " + vendor[0] + ".");
		person.setRole("Account manager");
		person.setOrganisation(vendor[0]);
		person.setExternal(true);
		person.setEmail(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + vendor[1] + ".example");
		generation.architecture.getPeople().add(person);
		return person;
	}

	private void cost(String title, String category, Account account, Contract contract) {
		long cents = 100L * (300 + random.nextInt(25_000));
		CostItem cost = generation.record(FACTORY.createCostItem(), random, "cost-" + Vocabulary.slug(title), title,
				"Billed monthly" + (contract == null ? "" : " under the " + contract.getTitle() + " contract")
						+ ". The largest part grows with the number of orders.");
		cost.setAmount(BigDecimal.valueOf(cents, 2));
		cost.setBudget(BigDecimal.valueOf(cents / 10_000 * 10_000 + 10_000 * random.nextInt(3), 2));
		cost.setCurrency("EUR");
		cost.setPeriod("month");
		cost.setCategory(category);
		cost.setAccount(account);
		cost.setContract(contract);
		cost.setOwner(contract == null ? generation.teams.get(0) : contract.getOwner());
		cost.getCovers().addAll(Generation.some(random, generation.systems, 1 + random.nextInt(2)));
		generation.architecture.getCostItems().add(cost);
	}

	/** Where the credential is held and who holds it; never the secret itself. */
	private void access(String id, String title, String kind, Account account, boolean breakGlass) {
		AccessItem access = generation.record(FACTORY.createAccessItem(), random, id, title, breakGlass
				? "Used only when nothing else works. Every use is announced in the platform channel."
				: "Shared by the administrators of the service. Leavers are removed on their last day.");
		access.setKind(kind);
		access.setGrants(account != null ? account : any(random, generation.systems));
		access.setLocation("Password manager, vault Platform, item " + title);
		access.getHolders().add(generation.people.get(0));
		Person second = any(random, generation.people);
		if (second != generation.people.get(0)) {
			access.getHolders().add(second);
		}
		if (breakGlass) {
			access.setRotation("on every change of holder");
		} else {
			access.setRotation("every 90 days");
			access.setRotationDays(90);
		}
		access.setLastRotated(generation.asOf().minusDays(random.nextInt(400)));
		access.setBreakGlass(breakGlass);
		access.setOwner(generation.people.get(0));
		generation.architecture.getAccessItems().add(access);
	}
}
