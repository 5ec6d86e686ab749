package dev.baton.pack.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;

import dev.baton.api.Contribution;
import dev.baton.api.DecisionTimeline;
import dev.baton.api.Findings;
import dev.baton.api.LoadedArchitecture;
import dev.baton.api.ReadinessRule;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.BatonPackage;
import dev.baton.model.Contract;
import dev.baton.model.CostItem;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.model.DecisionStatus;
import dev.baton.model.Interface;
import dev.baton.model.LinkType;
import dev.baton.model.Option;
import dev.baton.model.Record;
import dev.baton.model.Section;
import dev.baton.pack.Handover;
import dev.baton.pack.Pack;
import dev.baton.pack.Pack.Block;
import dev.baton.pack.Pack.Field;
import dev.baton.pack.Pack.Inline;
import dev.baton.pack.Pack.Link;
import dev.baton.pack.Pack.Text;
import dev.baton.pack.Redaction;
import dev.baton.store.FolderLayout;
import dev.baton.store.Kinds;
import dev.baton.validation.CredentialScan;
import dev.baton.validation.Credentials;
import dev.baton.validation.Readiness;
import dev.baton.validation.ReadinessReport;

/** Builds the pages of a {@link Pack}: the overview, one page per handover section, one per record. */
public final class PackBuilder {

	/** Source of the pack's findings. */
	public static final String SOURCE = "dev.baton.pack";
	/** A secret was found in a record and redacted. */
	public static final int REDACTED = 1;

	private static final int RENEWAL_WINDOW_DAYS = 90;

	private final Redaction redaction;
	private final Architecture architecture;
	private final RunContext context;
	private final CredentialScan scan;
	private final DiagnosticChain findings;
	private final LocalDate asOf;
	private final Map<EObject, String> paths = new IdentityHashMap<>();
	private final List<Pack.Page> pages = new ArrayList<>();
	private final Path root;
	private final List<Contribution<ReadinessRule>> rules;
	private ECrossReferenceAdapter crossReferences;
	private ReadinessReport readiness;
	private DecisionTimeline history;

	/** Builds the pack of a redacted view; the readiness rules judge the records as read. */
	public PackBuilder(Redaction redaction, List<Contribution<ReadinessRule>> rules, RunContext context,
			DiagnosticChain findings) {
		this.redaction = redaction;
		this.rules = List.copyOf(rules);
		Architecture architecture = redaction.architecture();
		this.architecture = architecture;
		this.context = context;
		this.scan = CredentialScan.of(context);
		this.findings = findings;
		this.asOf = context.asOf();
		Path baton = architecture.eResource() == null || architecture.eResource().getURI() == null
				|| !architecture.eResource().getURI().isFile() ? null
						: Path.of(architecture.eResource().getURI().toFileString());
		this.root = baton == null ? null : baton.getParent();
	}

	/** The service that reads the decisions' status transitions from version control, or {@code null}. */
	public PackBuilder history(DecisionTimeline history) {
		this.history = history;
		return this;
	}

	public Pack build() {
		crossReferences = crossReferenceAdapter();
		List<Record> records = allRecords();
		for (Record record : records) {
			paths.put(record, pathOf(record));
		}
		context.monitor().beginTask("Building the handover pack", records.size() + Handover.sections().size() + 3);
		readiness = assessReadiness();
		pages.add(overview());
		pages.add(readinessPage());
		for (Handover.Section section : Handover.sections()) {
			context.checkCancelled();
			pages.add(sectionPage(section));
			context.monitor().worked(1);
		}
		pages.add(timeline());
		pages.add(DecisionHistoryPage.build(history, root, records, paths, this::historyText, findings));
		// the record pages are made on every core, a batch at a time; each page's findings are kept
		// with it and told in the records' order, so the findings come out as from one thread
		for (int from = 0; from < records.size(); from += RECORD_BATCH) {
			context.checkCancelled();
			List<RecordPage> batch = records.subList(from, Math.min(records.size(), from + RECORD_BATCH))
					.parallelStream().map(this::recordPageAndFindings).toList();
			for (RecordPage page : batch) {
				pages.add(page.page());
				page.findings().getChildren().forEach(findings::add);
				context.monitor().worked(1);
			}
		}
		pages.add(new Pack.Page("search", "Search", null, "search", List.of()));
		context.monitor().done();
		Map<String, String> sources = new TreeMap<>();
		for (Record record : records) {
			if (record.getSourcePath() != null) {
				sources.put(record.getSourcePath(), paths.get(record));
			}
		}
		return new Pack(text(architecture.getName() == null ? "Architecture" : architecture.getName(), null, "name"),
				asOf.toString(), List.copyOf(pages), Collections.unmodifiableMap(sources), root);
	}

	private ECrossReferenceAdapter crossReferenceAdapter() {
		Object target = architecture.eResource() != null && architecture.eResource().getResourceSet() != null
				? architecture.eResource().getResourceSet()
				: architecture.eResource() != null ? architecture.eResource() : architecture;
		List<Adapter> adapters = target instanceof ResourceSet set ? set.eAdapters()
				: target instanceof Resource resource ? resource.eAdapters()
						: architecture.eAdapters();
		for (Adapter adapter : adapters) {
			if (adapter instanceof ECrossReferenceAdapter existing) {
				return existing;
			}
		}
		ECrossReferenceAdapter adapter = new ECrossReferenceAdapter();
		adapters.add(adapter);
		return adapter;
	}

	// --- records and paths ---

	private List<Record> allRecords() {
		return Kinds.records(architecture);
	}

	private String pathOf(Record record) {
		Kinds.Kind kind = Kinds.of(record.eClass());
		String folder = kind.folder();
		if (record instanceof Decision decision && decision.eContainer() instanceof DecisionSet set
				&& architecture.getDecisionSets().indexOf(set) > 0) {
			folder = "decisions/" + safe(set.getName());
		}
		return folder + "/" + safe(record.getId() == null ? "untitled" : record.getId());
	}

	/** The page of a record that is not a decision: {@code components/<id>}. */
	public static String elementPath(Record record) {
		return Kinds.of(record.eClass()).folder() + "/" + safe(record.getId());
	}

	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");

	/** A file-name safe form of an id: letters, digits, dots, dashes and underscores. */
	static String safe(String id) {
		String safe = UNSAFE.matcher(id).replaceAll("-");
		return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
	}

	/** Section-page path of a handover section. */
	public static String sectionPath(Handover.Section section) {
		return "sections/" + section.id();
	}

	// --- text, secrets ---

	private String text(String value, Record record, String field) {
		if (value == null) {
			return null;
		}
		String kind = scan.find(value).orElse(null);
		if (kind == null) {
			return value;
		}
		String where = record == null ? "the architecture's " + field
				: Kinds.of(record.eClass()).name() + " '" + record.getId() + "', " + field;
		SourceLocation location = record == null || root == null || record.getSourcePath() == null
				? SourceLocation.of(root == null ? Path.of(FolderLayout.SETTINGS) : root.resolve(FolderLayout.SETTINGS))
				: SourceLocation.of(root.resolve(record.getSourcePath()).normalize());
		DiagnosticChain told = pageFindings.get() != null ? pageFindings.get() : findings;
		Findings.add(told, Findings.warning(SOURCE, REDACTED, location, "a credential (" + kind + ") in " + where
				+ " is redacted in the pack: move the secret to a secrets manager and refer to where it is kept"));
		return Credentials.redact(value);
	}

	/** Text of the history (commit messages, authors) with secrets redacted and reported. */
	private String historyText(String value) {
		return text(redaction.rename(value), null, "git history");
	}

	private Inline link(EObject target) {
		if (target == null) {
			return new Text("");
		}
		if (target.eIsProxy()) {
			// the token as written, which the redacted view could not rename
			String token = redaction.scrub(((InternalEObject) target).eProxyURI().fragment());
			return new Text(token + " (unresolved)");
		}
		String path = paths.get(target);
		String label = target instanceof Record record ? titleOf(record) : String.valueOf(target);
		return path == null ? new Text(label) : new Link(label, path, null, null);
	}

	private String titleOf(Record record) {
		String title = record.getTitle() != null ? record.getTitle() : record.getId();
		if (record instanceof Decision decision && decision.getNumber() != null) {
			title = decision.getNumber() + ". " + title;
		}
		return text(title, record, "title");
	}

	private List<Inline> value(Record record, EStructuralFeature feature, Object value) {
		List<Inline> result = new ArrayList<>();
		if (value instanceof Collection<?> list) {
			for (Object item : list) {
				if (!result.isEmpty()) {
					result.add(new Text(", "));
				}
				result.addAll(value(record, feature, item));
			}
			return result;
		}
		if (value instanceof EObject object && !(value instanceof Enumerator)) {
			if (object instanceof Record) {
				result.add(link(object));
			} else {
				result.add(new Text(describe(record, object)));
			}
			return result;
		}
		result.add(new Text(scalar(record, feature, value)));
		return result;
	}

	private String scalar(Record record, EStructuralFeature feature, Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "no";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		String text = String.valueOf(value);
		if (feature != null && feature.getName().equals("url") && text.matches("(?i)https?://\\S+")) {
			return text(text, record, label(feature));
		}
		return text(text, record, feature == null ? "text" : label(feature));
	}

	/** Nested objects (escalation steps, repositories) as one line. */
	private String describe(Record record, EObject object) {
		List<String> parts = new ArrayList<>();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			Object value = object.eGet(feature);
			if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
				continue;
			}
			String shown = value instanceof Record r ? titleOf(r)
					: value instanceof Collection<?> c ? String.join(", ", c.stream()
							.map(v -> v instanceof Record r ? titleOf(r) : String.valueOf(v)).toList())
							: scalar(record, feature, value);
			parts.add(label(feature).toLowerCase(Locale.ROOT) + " " + shown);
		}
		return String.join("; ", parts);
	}

	/** {@code noticePeriodDays} as "Notice period days". */
	static String label(EStructuralFeature feature) {
		return LABELS.computeIfAbsent(feature, f -> {
			String words = f.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		});
	}

	/** Labels of the model's features, made once per feature. */
	private static final Map<EStructuralFeature, String> LABELS = new ConcurrentHashMap<>();

	// --- pages ---

	private Pack.Page overview() {
		List<Block> blocks = new ArrayList<>();
		if (architecture.getOrganisation() != null) {
			blocks.add(new Pack.Fields(List.of(new Field("Organisation", List.of(new Text(
					text(architecture.getOrganisation(), null, "organisation")))), new Field("As of",
							List.of(new Text(asOf.toString()))))));
		}
		if (architecture.getDescription() != null) {
			blocks.add(new Pack.Prose(text(architecture.getDescription(), null, "description"), null));
		}
		List<Decision> decisions = decisions();
		Map<String, Integer> byStatus = new TreeMap<>();
		decisions.forEach(
				d -> byStatus.merge(d.getStatus() == null ? "unknown" : d.getStatus().getLiteral(), 1, Integer::sum));
		List<Field> numbers = new ArrayList<>();
		numbers.add(new Field("Decisions", List.of(new Text(decisions.size() + (byStatus.isEmpty() ? ""
				: " ("
						+ String.join(", ",
								byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())
						+ ")")))));
		numbers.add(new Field("Systems", List.of(new Text(String.valueOf(architecture.getSystems().size())))));
		numbers.add(new Field("Components", List.of(new Text(String.valueOf(architecture.getComponents().size())))));
		numbers.add(new Field("Interfaces", List.of(new Text(String.valueOf(architecture.getInterfaces().size())))));
		long renewing = architecture.getContracts().stream().filter(this::renewsSoon).count();
		numbers.add(new Field("Contracts renewing within " + RENEWAL_WINDOW_DAYS + " days",
				List.of(new Link(String.valueOf(renewing), "sections/contracts", "renewal-calendar", null))));
		numbers.add(new Field("Readiness", List.of(new Link(readiness.overall() + " / 100", "readiness", null, null))));
		blocks.add(new Pack.Heading(2, "At a glance", "at-a-glance"));
		blocks.add(new Pack.Fields(numbers));
		blocks.add(new Pack.Heading(2, "The handover, section by section", "sections"));
		List<List<List<Inline>>> rows = new ArrayList<>();
		for (Handover.Section section : Handover.sections()) {
			int count = 0;
			for (String kind : section.kinds()) {
				count += recordsOf(kind).size();
			}
			rows.add(List.of(List.of(new Text(String.valueOf(section.number()))),
					List.of(new Link(section.title(), sectionPath(section), null, null)),
					List.of(new Text(section.summary())),
					List.of(new Text(String.valueOf(count)))));
		}
		blocks.add(new Pack.Table("sections", List.of("#", "Section", "What it holds", "Records"), rows, null));
		return new Pack.Page("index",
				text(architecture.getName() == null ? "Architecture" : architecture.getName(), null,
						"name"),
				null, "overview", blocks);
	}

	/** The readiness rules run against the architecture, judged as of the pack's date. */
	private ReadinessReport assessReadiness() {
		// the run's shared work too: the rules scan the texts for credentials that the pages are scanned for again
		RunContext judging = new RunContext(asOf, new BasicMonitor(), context.options(), context.shared());
		// judged on the records as read (the credential rule must see them); what it says is scrubbed below; a
		// finding names the record's file as the pack links it, relative to the folder
		LoadedArchitecture read = LoadedArchitecture.of(redaction.original(), root, (record, key) -> Optional
				.ofNullable(record.getSourcePath()).map(path -> SourceLocation.of(Path.of(path))));
		return Readiness.assess(read, rules, judging);
	}

	private Pack.Page readinessPage() {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Pack.Fields(List.of(new Field("Overall", List.of(new Text(readiness.overall() + " / 100"))),
				new Field("As of", List.of(new Text(asOf.toString()))),
				new Field("Findings", List.of(new Text(readiness.count(Diagnostic.ERROR)
						+ " error(s), " + readiness.count(Diagnostic.WARNING) + " warning(s), "
						+ readiness.count(Diagnostic.INFO) + " info"))))));
		if (!readiness.explanation().isEmpty()) {
			blocks.add(new Pack.Items(readiness.explanation().stream()
					.map(line -> List.<Inline>of(new Text(redaction.scrub(line)))).toList()));
		}
		blocks.add(new Pack.Heading(2, "Score by section", "scores"));
		List<List<List<Inline>>> rows = new ArrayList<>();
		for (ReadinessReport.SectionScore score : readiness.sections()) {
			Handover.Section section = score.number() == 0 ? null : Handover.sections().get(score.number() - 1);
			rows.add(List.of(List.of(new Text(score.number() == 0 ? "" : String.valueOf(score.number()))),
					List.of(section == null ? new Text(score.title())
							: new Link(section.title(), sectionPath(section), null, null)),
					List.of(new Text(String.valueOf(score.score()))),
					List.of(new Text(String.valueOf(score.records()))),
					List.of(new Text(redaction.scrub(String.join("; ", score.lost()))))));
		}
		blocks.add(
				new Pack.Table("scores", List.of("#", "Section", "Score", "Records", "What lost points"), rows, null));
		blocks.add(new Pack.Heading(2, "Findings", "findings"));
		List<ReadinessReport.Finding> list = readiness.findings();
		if (list.isEmpty()) {
			blocks.add(new Pack.Note("No rule found anything to fix.", "info"));
		} else {
			List<List<List<Inline>>> findingRows = new ArrayList<>();
			Map<String, String> sources = sources();
			for (ReadinessReport.Finding finding : list) {
				String path = redaction.scrub(finding.path());
				String page = path == null ? null : sources.get(path);
				String where = path == null ? "" : path + (finding.line() > 0 ? ":" + finding.line() : "");
				findingRows.add(List.of(List.of(new Text(finding.severityName())), List.of(new Text(finding.rule())),
						List.of(page == null ? new Text(where) : new Link(where, page, null, null)),
						List.of(new Text(redaction.scrub(finding.message())))));
			}
			blocks.add(new Pack.Table("findings", List.of("Severity", "Rule", "Where", "What to do"), findingRows, 0));
		}
		return new Pack.Page("readiness", "Readiness report", null, "readiness", blocks);
	}

	private Map<String, String> sources() {
		Map<String, String> sources = new HashMap<>();
		paths.forEach((object, path) -> {
			if (object instanceof Record record && record.getSourcePath() != null) {
				sources.put(record.getSourcePath(), path);
			}
		});
		return sources;
	}

	private List<Decision> decisions() {
		List<Decision> decisions = new ArrayList<>();
		architecture.getDecisionSets().forEach(set -> decisions.addAll(set.getDecisions()));
		return decisions;
	}

	private List<Record> recordsOf(String kindName) {
		Kinds.Kind kind = Kinds.byName(kindName).orElseThrow(() -> new IllegalStateException("no kind " + kindName));
		if (kind.container() == null) {
			return new ArrayList<>(decisions());
		}
		@SuppressWarnings("unchecked")
		List<Record> list = (List<Record>) architecture.eGet(kind.container());
		return list;
	}

	private Pack.Page sectionPage(Handover.Section section) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Pack.Prose(section.summary(), null));
		switch (section.id()) {
		case "current-state" -> currentState(blocks);
		case "architecture" -> {
			blocks.add(new Pack.Heading(2, "Diagrams", "diagrams"));
			blocks.add(new Pack.Diagram("context", "System context"));
			architecture.getSystems().stream().filter(s -> !s.isExternal()).forEach(system -> blocks
					.add(new Pack.Diagram("system-" + system.getId(), text(system.getTitle() == null ? system.getId()
							: system.getTitle(), system, "title"))));
		}
		case "decision-history" -> decisionHistory(blocks);
		case "contracts" -> renewalCalendar(blocks);
		case "costs" -> costTotals(blocks);
		default -> {
			// the generic tables below say it all
		}
		}
		for (String kindName : section.kinds()) {
			if (kindName.equals("decision")) {
				continue;
			}
			Kinds.Kind kind = Kinds.byName(kindName).orElseThrow();
			List<Record> records = recordsOf(kindName);
			blocks.add(new Pack.Heading(2, Handover.plural(kind), kind.folder()));
			if (records.isEmpty()) {
				blocks.add(new Pack.Note("No " + kind.name() + " records yet: add them under " + kind.folder() + "/.",
						"missing"));
				continue;
			}
			blocks.add(catalog(kind, records));
		}
		return new Pack.Page(sectionPath(section), section.number() + ". " + section.title(), section.id(), "section",
				blocks);
	}

	/** The features a catalog shows for a kind: its own single-valued ones that any record sets, at most four. */
	private List<EStructuralFeature> columns(Kinds.Kind kind, List<Record> records) {
		List<EStructuralFeature> columns = new ArrayList<>();
		for (EStructuralFeature feature : kind.eClass().getEAllStructuralFeatures()) {
			if (feature.getEContainingClass() == BatonPackage.Literals.RECORD
					&& feature != BatonPackage.Literals.RECORD__OWNER
					|| feature.isDerived() || feature.isTransient() || Kinds.section(feature) != null
					|| feature instanceof EReference r && r.isContainment()
					|| feature == BatonPackage.Literals.ELEMENT__AFFECTED_BY
					|| feature.isMany() && !(feature instanceof EReference)) {
				continue;
			}
			if (records.stream().anyMatch(r -> isSet(r, feature))) {
				columns.add(feature);
			}
			if (columns.size() == 4) {
				break;
			}
		}
		return columns;
	}

	private static boolean isSet(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		return value != null && !(value instanceof Collection<?> c && c.isEmpty()) && !"".equals(value);
	}

	private Block catalog(Kinds.Kind kind, List<Record> records) {
		List<EStructuralFeature> columns = columns(kind, records);
		List<String> headers = new ArrayList<>();
		headers.add("Title");
		columns.forEach(f -> headers.add(label(f)));
		List<List<List<Inline>>> rows = new ArrayList<>();
		for (Record record : records) {
			List<List<Inline>> row = new ArrayList<>();
			row.add(List.of(link(record)));
			for (EStructuralFeature feature : columns) {
				row.add(isSet(record, feature) ? value(record, feature, record.eGet(feature)) : List.of());
			}
			rows.add(row);
		}
		return new Pack.Table(kind.folder(), headers, rows, null);
	}

	private void currentState(List<Block> blocks) {
		List<Record> proposed = new ArrayList<>(decisions().stream()
				.filter(d -> d.getStatus() == DecisionStatus.PROPOSED || d.getStatus() == DecisionStatus.DRAFT)
				.toList());
		blocks.add(new Pack.Heading(2, "Decisions still proposed", "proposed-decisions"));
		blocks.add(proposed.isEmpty() ? new Pack.Note("No decision is waiting for a verdict.", "info")
				: catalog(Kinds.byName("decision").orElseThrow(), proposed));
		List<Record> open = recordsOf("question").stream()
				.filter(q -> q.eGet(BatonPackage.Literals.OPEN_QUESTION__ANSWER) == null).toList();
		blocks.add(new Pack.Heading(2, "Open questions", "open-questions"));
		blocks.add(open.isEmpty() ? new Pack.Note("No question is open.", "info")
				: catalog(Kinds.byName("question").orElseThrow(), open));
	}

	private void decisionHistory(List<Block> blocks) {
		List<Decision> decisions = decisions();
		blocks.add(new Pack.Heading(2, "Decision log", "decision-log"));
		if (decisions.isEmpty()) {
			blocks.add(new Pack.Note("No decisions recorded yet: add them under decisions/ (baton new).", "missing"));
			return;
		}
		List<List<List<Inline>>> rows = new ArrayList<>();
		for (Decision decision : decisions) {
			rows.add(List.of(List.of(link(decision)),
					List.of(new Text(decision.getStatus() == null ? "unknown" : decision.getStatus().getLiteral())),
					List.of(new Text(decision.getDate() == null ? "" : decision.getDate().toString())),
					List.of(new Text(text(String.join(", ", decision.getTags()), decision, "tags"))),
					supersessionCell(decision)));
		}
		blocks.add(new Pack.Table("decision-log", List.of("Decision", "Status", "Date", "Tags", "Superseded by"), rows,
				1));
		List<List<Inline>> chains = new ArrayList<>();
		for (Decision decision : decisions) {
			if (decision.getSupersedes().isEmpty() && !decision.getSupersededBy().isEmpty()) {
				List<Inline> chain = new ArrayList<>();
				Decision current = decision;
				Set<Decision> seen = Collections.newSetFromMap(new IdentityHashMap<>());
				while (current != null && seen.add(current)) {
					if (!chain.isEmpty()) {
						chain.add(new Text(" → "));
					}
					chain.add(link(current));
					current = current.getSupersededBy().isEmpty() ? null : current.getSupersededBy().get(0);
				}
				chains.add(chain);
			}
		}
		blocks.add(new Pack.Heading(2, "Supersession chains", "supersession-chains"));
		blocks.add(
				chains.isEmpty() ? new Pack.Note("No decision supersedes another.", "info") : new Pack.Items(chains));
		blocks.add(new Pack.Items(List.of(List.of(new Link("Timeline of decisions", "timeline", null, null)),
				List.of(new Link("Decision history (status changes from git)", DecisionHistoryPage.PATH, null,
						null)))));
	}

	private List<Inline> supersessionCell(Decision decision) {
		List<Inline> cell = new ArrayList<>();
		for (Decision by : decision.getSupersededBy()) {
			if (!cell.isEmpty()) {
				cell.add(new Text(", "));
			}
			cell.add(link(by));
		}
		return cell;
	}

	private boolean renewsSoon(Contract contract) {
		LocalDate renewal = contract.getRenewalDate();
		return renewal != null && !renewal.isBefore(asOf)
				&& ChronoUnit.DAYS.between(asOf, renewal) <= RENEWAL_WINDOW_DAYS;
	}

	private void renewalCalendar(List<Block> blocks) {
		List<Contract> contracts = new ArrayList<>(architecture.getContracts().stream()
				.filter(c -> c.getRenewalDate() != null).toList());
		contracts.sort(Comparator.comparing(Contract::getRenewalDate).thenComparing(Contract::getId));
		blocks.add(new Pack.Heading(2, "Renewal calendar", "renewal-calendar"));
		if (contracts.isEmpty()) {
			blocks.add(new Pack.Note("No contract has a renewal date.", "missing"));
			return;
		}
		List<List<Inline>> items = new ArrayList<>();
		for (Contract contract : contracts) {
			long days = ChronoUnit.DAYS.between(asOf, contract.getRenewalDate());
			String when = days < 0 ? (-days) + " days ago" : days == 0 ? "today" : "in " + days + " days";
			List<Inline> item = new ArrayList<>();
			item.add(new Text(contract.getRenewalDate() + " (" + when + ")"
					+ (renewsSoon(contract) ? " — renews soon: " : ": ")));
			item.add(link(contract));
			if (contract.getNoticePeriodDays() != null) {
				LocalDate notice = contract.getRenewalDate().minusDays(contract.getNoticePeriodDays());
				item.add(new Text("; notice by " + notice + (notice.isBefore(asOf) ? " (passed)" : "")));
			}
			if (contract.isAutoRenews()) {
				item.add(new Text("; renews automatically"));
			}
			items.add(item);
		}
		blocks.add(new Pack.Items(items));
	}

	private void costTotals(List<Block> blocks) {
		Map<String, BigDecimal> totals = new TreeMap<>();
		for (CostItem item : architecture.getCostItems()) {
			if (item.getAmount() != null) {
				String key = (item.getCurrency() == null ? "" : item.getCurrency() + " ") + "per "
						+ (item.getPeriod() == null ? "period" : item.getPeriod());
				totals.merge(key, item.getAmount(), BigDecimal::add);
			}
		}
		blocks.add(new Pack.Heading(2, "Totals", "totals"));
		if (totals.isEmpty()) {
			blocks.add(new Pack.Note("No cost item has an amount.", "missing"));
			return;
		}
		List<Field> fields = new ArrayList<>();
		totals.forEach((key, total) -> fields.add(new Field(key, List.of(new Text(total.toPlainString())))));
		blocks.add(new Pack.Fields(fields));
	}

	private Pack.Page timeline() {
		Map<String, List<Decision>> byMonth = new TreeMap<>(Comparator.reverseOrder());
		List<Decision> undated = new ArrayList<>();
		for (Decision decision : decisions()) {
			if (decision.getDate() == null) {
				undated.add(decision);
			} else {
				byMonth.computeIfAbsent(decision.getDate().toString().substring(0, 7), k -> new ArrayList<>())
						.add(decision);
			}
		}
		List<Block> blocks = new ArrayList<>();
		byMonth.forEach((month, list) -> {
			list.sort(Comparator.comparing(Decision::getDate).thenComparing(Decision::getId));
			blocks.add(new Pack.Heading(2, month, "m" + month));
			List<List<Inline>> items = new ArrayList<>();
			for (Decision decision : list) {
				items.add(List.of(new Text(decision.getDate() + " "), link(decision), new Text(" — "
						+ (decision.getStatus() == null ? "unknown" : decision.getStatus().getLiteral()))));
			}
			blocks.add(new Pack.Items(items));
		});
		if (!undated.isEmpty()) {
			blocks.add(new Pack.Heading(2, "Undated", "undated"));
			blocks.add(new Pack.Items(undated.stream().map(d -> List.<Inline>of(link(d))).toList()));
		}
		return new Pack.Page("timeline", "Timeline of decisions", "decision-history", "timeline", blocks);
	}

	/** Records whose pages are made at once (bounded memory, prompt cancelling). */
	private static final int RECORD_BATCH = 512;

	/** Where {@link #text} tells its findings on this thread: the current record page's own, or the pack's. */
	private final ThreadLocal<DiagnosticChain> pageFindings = new ThreadLocal<>();

	private record RecordPage(Pack.Page page, BasicDiagnostic findings) {
	}

	private RecordPage recordPageAndFindings(Record record) {
		BasicDiagnostic found = new BasicDiagnostic();
		pageFindings.set(found);
		try {
			return new RecordPage(recordPage(record), found);
		} finally {
			pageFindings.remove();
		}
	}

	private Pack.Page recordPage(Record record) {
		Kinds.Kind kind = Kinds.of(record.eClass());
		List<Block> blocks = new ArrayList<>();
		List<Field> fields = new ArrayList<>();
		fields.add(new Field("Kind", List.of(new Text(kind.name()))));
		fields.add(new Field("Id", List.of(new Text(record.getId()))));
		for (EStructuralFeature feature : record.eClass().getEAllStructuralFeatures()) {
			if (feature == BatonPackage.Literals.RECORD__ID || feature == BatonPackage.Literals.RECORD__TITLE
					|| feature == BatonPackage.Literals.RECORD__DESCRIPTION
					|| feature == BatonPackage.Literals.RECORD__SOURCE_PATH
					|| feature == BatonPackage.Literals.RECORD__SECTIONS || Kinds.section(feature) != null
					|| feature == BatonPackage.Literals.DECISION__SLUG
					|| feature == BatonPackage.Literals.DECISION__STATUS_TEXT
					|| feature == BatonPackage.Literals.DECISION__OPTIONS
					|| feature == BatonPackage.Literals.DECISION__LINKS
					|| feature == BatonPackage.Literals.DECISION__CHOSEN_OPTION
					|| feature == BatonPackage.Literals.DECISION__STATED_SUPERSEDED_BY) {
				continue;
			}
			if (isSet(record, feature)) {
				fields.add(new Field(label(feature), value(record, feature, record.eGet(feature))));
			}
		}
		if (record instanceof Decision decision) {
			for (DecisionLink link : decision.getLinks()) {
				if (link.getType() == LinkType.RELATES_TO || link.getType() == LinkType.CUSTOM) {
					String type = link.getCustomType() != null ? link.getCustomType() : link.getType().getLiteral();
					List<Inline> value = new ArrayList<>(List.of(link(link.getTarget())));
					if (link.getNote() != null) {
						value.add(new Text(" (" + link.getNote() + ")"));
					}
					fields.add(new Field(Character.toUpperCase(type.charAt(0)) + type.substring(1).replace('-', ' '),
							value));
				}
			}
		}
		fields.add(
				new Field("Source", List.of(new Text(record.getSourcePath() == null ? "" : record.getSourcePath()))));
		blocks.add(new Pack.Fields(fields));
		if (record.getDescription() != null && !record.getDescription().isBlank()) {
			blocks.add(new Pack.Prose(text(record.getDescription(), record, "description"), record.getSourcePath()));
		}
		if (record instanceof Decision decision) {
			decisionBody(decision, blocks);
		} else {
			for (EStructuralFeature feature : record.eClass().getEAllStructuralFeatures()) {
				String heading = Kinds.section(feature);
				if (heading != null && isSet(record, feature)) {
					blocks.add(new Pack.Heading(2, heading, anchor(heading)));
					Object value = record.eGet(feature);
					blocks.add(new Pack.Prose(value instanceof Collection<?> list
							? String.join("\n", list.stream().map(v -> "* " + v).toList())
							: text(String.valueOf(value), record, heading), record.getSourcePath()));
				}
			}
		}
		if (record instanceof Interface api) {
			blocks.addAll(SpecificationBlocks.of(api, root, value -> text(value, record, "specification")));
		}
		for (Section section : record.getSections()) {
			blocks.add(new Pack.Heading(Math.min(3, Math.max(2, section.getLevel())), text(section.getHeading(), record,
					"heading"), anchor(section.getHeading())));
			if (section.getBody() != null && !section.getBody().isBlank()) {
				blocks.add(
						new Pack.Prose(text(section.getBody(), record, section.getHeading()), record.getSourcePath()));
			}
		}
		referredToBy(record, blocks);
		String section = Handover.sectionOf(kind.name()).map(Handover.Section::id).orElse(null);
		return new Pack.Page(paths.get(record), titleOf(record), section, kind.name(), blocks);
	}

	private void decisionBody(Decision decision, List<Block> blocks) {
		prose(blocks, decision, "Context and Problem Statement", decision.getContext());
		if (!decision.getDrivers().isEmpty()) {
			blocks.add(new Pack.Heading(2, "Decision Drivers", "decision-drivers"));
			blocks.add(
					new Pack.Prose(text(String.join("\n", decision.getDrivers().stream().map(d -> "* " + d).toList()),
							decision, "decision drivers"), decision.getSourcePath()));
		}
		if (!decision.getOptions().isEmpty()) {
			blocks.add(new Pack.Heading(2, "Considered Options", "considered-options"));
			blocks.add(new Pack.Prose(text(String.join("\n", decision.getOptions().stream()
					.map(o -> "* " + o.getTitle()
							+ (o.getTitle() != null && o.getTitle().equals(decision.getChosenOption())
									? " (chosen)"
									: ""))
					.toList()), decision, "options"), decision.getSourcePath()));
		}
		prose(blocks, decision, "Decision Outcome", decision.getOutcome());
		prose(blocks, decision, "Consequences", decision.getConsequences());
		prose(blocks, decision, "Confirmation", decision.getConfirmation());
		boolean prosAndCons = decision.getOptions().stream()
				.anyMatch(o -> o.getDescription() != null || !o.getPros().isEmpty() || !o.getCons().isEmpty()
						|| !o.getNeutral().isEmpty());
		if (prosAndCons) {
			blocks.add(new Pack.Heading(2, "Pros and Cons of the Options", "pros-and-cons-of-the-options"));
			for (Option option : decision.getOptions()) {
				blocks.add(new Pack.Heading(3, text(option.getTitle(), decision, "option"),
						anchor("option " + option.getTitle())));
				StringBuilder markdown = new StringBuilder();
				if (option.getDescription() != null) {
					markdown.append(option.getDescription()).append("\n\n");
				}
				option.getPros().forEach(p -> markdown.append("* Good, because ").append(p).append('\n'));
				option.getNeutral().forEach(p -> markdown.append("* Neutral, because ").append(p).append('\n'));
				option.getCons().forEach(p -> markdown.append("* Bad, because ").append(p).append('\n'));
				if (markdown.length() > 0) {
					blocks.add(
							new Pack.Prose(text(markdown.toString().strip(), decision, "option " + option.getTitle()),
									decision.getSourcePath()));
				}
			}
		}
		prose(blocks, decision, "More Information", decision.getMoreInformation());
	}

	private void prose(List<Block> blocks, Record record, String heading, String markdown) {
		if (markdown != null && !markdown.isBlank()) {
			blocks.add(new Pack.Heading(2, heading, anchor(heading)));
			blocks.add(new Pack.Prose(text(markdown, record, heading), record.getSourcePath()));
		}
	}

	/** A heading's anchor: lower case, dashes. */
	public static String anchor(String heading) {
		// letters and digits kept (lower case), every run of anything else one '-', none at either end
		String lower = (heading == null ? "" : heading).toLowerCase(Locale.ROOT);
		StringBuilder anchor = new StringBuilder(lower.length());
		boolean gap = false;
		for (int i = 0; i < lower.length();) {
			int c = lower.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isLetter(c) || isNumber(c)) {
				if (gap && anchor.length() > 0) {
					anchor.append('-');
				}
				gap = false;
				anchor.appendCodePoint(c);
			} else {
				gap = true;
			}
		}
		return anchor.isEmpty() ? "section" : anchor.toString();
	}

	/** A character of Unicode's N categories, as the regular expression {@code \\p{N}}. */
	private static boolean isNumber(int c) {
		int type = Character.getType(c);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	private void referredToBy(Record record, List<Block> blocks) {
		Map<String, List<Inline>> byFeature = new LinkedHashMap<>();
		Map<EObject, Boolean> seen = new HashMap<>();
		List<EStructuralFeature.Setting> settings =
				new ArrayList<>(crossReferences.getInverseReferences(record, false));
		settings.sort(Comparator.comparing((EStructuralFeature.Setting s) -> s.getEStructuralFeature().getName())
				.thenComparing(
						s -> owner(s.getEObject()) == null ? "" : String.valueOf(owner(s.getEObject()).getId())));
		for (EStructuralFeature.Setting setting : settings) {
			EStructuralFeature feature = setting.getEStructuralFeature();
			if (feature.isDerived() || !(feature instanceof EReference reference) || reference.isContainment()) {
				continue;
			}
			Record from = owner(setting.getEObject());
			if (from == null || from == record
					|| seen.put(from, true) != null && byFeature.containsKey(label(feature))) {
				continue;
			}
			String label = setting.getEObject() instanceof DecisionLink link
					? (link.getType() == LinkType.CUSTOM ? link.getCustomType() : link.getType().getLiteral())
					: label(feature).toLowerCase(Locale.ROOT);
			List<Inline> list = byFeature.computeIfAbsent(label, k -> new ArrayList<>());
			if (!list.isEmpty()) {
				list.add(new Text(", "));
			}
			list.add(link(from));
		}
		if (!byFeature.isEmpty()) {
			blocks.add(new Pack.Heading(2, "Referred to by", "referred-to-by"));
			List<Field> fields = new ArrayList<>();
			byFeature.forEach((label, links) -> fields.add(new Field(label, links)));
			blocks.add(new Pack.Fields(fields));
		}
	}

	private static Record owner(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Record record) {
				return record;
			}
		}
		return null;
	}

	static boolean isText(EAttribute attribute) {
		return attribute.getEAttributeType().getInstanceClass() == String.class;
	}
}
