package dev.baton.pack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.api.Findings;
import dev.baton.api.RunContext;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.Record;
import dev.baton.model.Section;
import dev.baton.store.FolderLayout;
import dev.baton.store.Kinds;
import dev.baton.validation.CredentialScan;
import dev.baton.validation.Credentials;

/**
 * The architecture as the handover pack shows it: every text that looks like a credential (the detector of
 * {@link Credentials}) replaced by {@value Credentials#REDACTED}, in every text of every record (titles, prose, fields,
 * extra sections, options, link notes and targets, ...), and every record whose id or file name looks like one renamed
 * {@code redacted-N}. Redacting once here, before any format sees the model, means no exporter can forget a field: the
 * pack, the diagrams, the HTML, the PDF, the Markdown and the JSON all read this view. Each redaction is reported with
 * the record and the field, never the value.
 *
 * <p>
 * An architecture with nothing to redact is its own view (no copy is made). Otherwise the view is a copy in a resource
 * of the same URI (so relative files still resolve), marked so that asking for the view of a view gives itself.
 */
public final class Redaction {

	/** Source of the redaction findings (the pack's). */
	public static final String SOURCE = "dev.baton.pack";
	/** Finding code: a secret was found in a record and redacted. */
	public static final int REDACTED = 1;
	/** What a record whose id or file name looks like a credential is named in the pack (and a number). */
	public static final String NEUTRAL_NAME = "redacted-";

	private final Architecture original;
	private final Architecture architecture;
	private final Map<String, String> renamed;

	private Redaction(Architecture original, Architecture architecture, Map<String, String> renamed) {
		this.original = original;
		this.architecture = architecture;
		this.renamed = renamed;
	}

	/** The redacted view: what every format reads. */
	public Architecture architecture() {
		return architecture;
	}

	/** The architecture as read, for what must judge the records themselves (the readiness rules). */
	public Architecture original() {
		return original;
	}

	/**
	 * Text about the original records (a readiness finding's message or file) as the pack may show it: renamed ids and
	 * file names replaced by their neutral names, credentials redacted.
	 */
	public String scrub(String text) {
		return text == null ? null : Credentials.redact(rename(text));
	}

	/** Text about the original records with renamed ids and file names replaced by their neutral names. */
	public String rename(String text) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (Map.Entry<String, String> name : renamed.entrySet()) {
			result = result.replace(name.getKey(), name.getValue());
		}
		return result;
	}

	/**
	 * The redacted view of an architecture, made once in a run (the exporters of one run share it) and its findings
	 * told to each caller; the view of a view is itself, and tells nothing again.
	 */
	public static Redaction of(Architecture architecture, RunContext context, DiagnosticChain findings) {
		if (architecture.eResource() instanceof View view) {
			return view.redaction;
		}
		Made made =
				context.shared().get(Made.SHARED, architecture, () -> make(architecture, CredentialScan.of(context)));
		made.findings().getChildren().forEach(child -> Findings.add(findings, child));
		return made.redaction();
	}

	private record Made(Redaction redaction, BasicDiagnostic findings) {

		/** The redacted view of a run, shared by its exporters. */
		static final RunContext.Shared.Kind<Made> SHARED = new RunContext.Shared.Kind<>("redaction", Made.class);
	}

	/** Marks a copy as a redacted view. */
	private static final class View extends ResourceImpl {

		Redaction redaction;

		View(URI uri) {
			super(uri);
		}
	}

	private static Made make(Architecture architecture, CredentialScan scan) {
		BasicDiagnostic findings = new BasicDiagnostic();
		if (!holdsCredential(architecture, scan)) {
			return new Made(new Redaction(architecture, architecture, Map.of()), findings);
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Architecture copy = (Architecture) copier.copy(architecture);
		copier.copyReferences();
		URI uri = architecture.eResource() == null ? URI.createURI("redacted:/baton.yaml")
				: architecture.eResource().getURI();
		View view = new View(uri);
		new ResourceSetImpl().getResources().add(view);
		view.getContents().add(copy);
		Path root = uri.isFile() ? Path.of(uri.toFileString()).getParent() : null;
		Map<String, String> renamed = rename(copy, root, findings, scan);
		redactTexts(copy, root, findings, scan);
		Redaction redaction = new Redaction(architecture, copy, renamed);
		view.redaction = redaction;
		return new Made(redaction, findings);
	}

	/** Whether any text of the model looks like a credential (most architectures hold none). */
	private static boolean holdsCredential(Architecture architecture, CredentialScan scan) {
		if (holdsCredential((EObject) architecture, scan)) {
			return true;
		}
		for (Iterator<EObject> all = architecture.eAllContents(); all.hasNext();) {
			if (holdsCredential(all.next(), scan)) {
				return true;
			}
		}
		return false;
	}

	private static boolean holdsCredential(EObject object, CredentialScan scan) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (isText(attribute) && object.eIsSet(attribute)) {
				for (String text : texts(object, attribute)) {
					if (scan.find(text).isPresent()) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Renames the records whose id or file name looks like a credential: the id becomes {@code redacted-N} (N counting
	 * such records in the model's order), the file name too.
	 */
	private static Map<String, String> rename(Architecture copy, Path root, BasicDiagnostic findings,
			CredentialScan scan) {
		Map<String, String> renamed = new LinkedHashMap<>();
		int count = 0;
		for (Record record : Kinds.records(copy)) {
			String idKind = record.getId() == null ? null : scan.find(record.getId()).orElse(null);
			String file = record.getSourcePath();
			String fileKind = file == null ? null : scan.find(file).orElse(null);
			if (idKind == null && fileKind == null) {
				continue;
			}
			String neutral = NEUTRAL_NAME + ++count;
			String kind = Kinds.of(record.eClass()).name();
			if (record.getId() != null) {
				renamed.put(record.getId(), neutral);
				record.setId(neutral);
			}
			String folder = ".";
			if (file != null) {
				int slash = file.lastIndexOf('/');
				folder = slash < 0 ? "." : file.substring(0, slash);
				String name = file.substring(slash + 1);
				String extension = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.')) : "";
				String neutralFile = (slash < 0 ? "" : folder + "/") + neutral + extension;
				renamed.put(file, neutralFile);
				renamed.put(name, neutral + extension);
				record.setSourcePath(neutralFile);
			}
			// the file itself cannot be named without showing the secret: its folder is
			SourceLocation location = SourceLocation.of(root == null ? Path.of(folder)
					: root.resolve(folder).normalize());
			Findings.add(findings, Findings.warning(SOURCE, REDACTED, location, "the "
					+ (idKind != null ? "id" : "file name") + " of a " + kind
					+ " in this folder looks like a credential (" + (idKind != null ? idKind : fileKind)
					+ "): the pack names it '" + neutral
					+ "'; rename the file and move the secret to a secrets manager"));
		}
		// longest first, so that a file name is replaced before the id it holds
		List<Map.Entry<String, String>> entries = new ArrayList<>(renamed.entrySet());
		entries.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
		Map<String, String> ordered = new LinkedHashMap<>();
		entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
		return ordered;
	}

	/** Replaces every credential in every text of the copy, reporting each with its record and field. */
	private static void redactTexts(Architecture copy, Path root, BasicDiagnostic findings, CredentialScan scan) {
		redactTexts(root, findings, scan, copy);
		for (Iterator<EObject> all = copy.eAllContents(); all.hasNext();) {
			redactTexts(root, findings, scan, all.next());
		}
	}

	@SuppressWarnings("unchecked")
	private static void redactTexts(Path root, BasicDiagnostic findings, CredentialScan scan, EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!isText(attribute) || !object.eIsSet(attribute) || attribute.isDerived() || !attribute.isChangeable()) {
				continue;
			}
			if (attribute.isMany()) {
				List<String> values = (List<String>) object.eGet(attribute);
				for (int i = 0; i < values.size(); i++) {
					String value = values.get(i);
					String kind = value == null ? null : scan.find(value).orElse(null);
					if (kind != null) {
						report(root, findings, object, attribute, kind);
						values.set(i, Credentials.redact(value));
					}
				}
			} else {
				String value = (String) object.eGet(attribute);
				String kind = value == null ? null : scan.find(value).orElse(null);
				if (kind != null) {
					report(root, findings, object, attribute, kind);
					object.eSet(attribute, Credentials.redact(value));
				}
			}
		}
	}

	private static void report(Path root, BasicDiagnostic findings, EObject object, EAttribute attribute,
			String kind) {
		Record record = recordOf(object);
		String field = field(object, attribute, record);
		String where = record == null ? "the architecture's " + field
				: Kinds.of(record.eClass()).name() + " '" + record.getId() + "', " + field;
		SourceLocation location = record == null || root == null || record.getSourcePath() == null
				? SourceLocation.of(root == null ? Path.of(FolderLayout.SETTINGS) : root.resolve(FolderLayout.SETTINGS))
				: SourceLocation.of(root.resolve(record.getSourcePath()).normalize());
		Findings.add(findings, Findings.warning(SOURCE, REDACTED, location, "a credential (" + kind + ") in " + where
				+ " is redacted in the pack: move the secret to a secrets manager and refer to where it is kept"));
	}

	private static Record recordOf(EObject object) {
		for (EObject at = object; at != null; at = at.eContainer()) {
			if (at instanceof Record record) {
				return record;
			}
		}
		return null;
	}

	/** The field as the record's file names it: its body section's heading, or its key. */
	private static String field(EObject object, EAttribute attribute, Record record) {
		if (object instanceof Section section) {
			return section.getHeading() == null || attribute.getName().equals("heading") ? "a section's heading"
					: section.getHeading();
		}
		String name = Kinds.section(attribute) != null ? Kinds.section(attribute) : Kinds.kebab(attribute.getName());
		if (object == record || record == null) {
			return name;
		}
		String holder = object.eContainmentFeature() == null ? object.eClass().getName()
				: Kinds.kebab(object.eContainmentFeature().getName());
		return holder + " " + name;
	}

	private static boolean isText(EAttribute attribute) {
		return attribute.getEAttributeType() == EcorePackage.Literals.ESTRING
				|| attribute.getEAttributeType().getInstanceClass() == String.class;
	}

	@SuppressWarnings("unchecked")
	private static Collection<String> texts(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		if (value instanceof Collection<?>) {
			return ((Collection<String>) value).stream().filter(v -> v != null).toList();
		}
		return value == null ? List.of() : List.of((String) value);
	}
}
